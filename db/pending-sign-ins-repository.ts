// Sign-ins half way through: a password accepted with a code still to come, or a browser away at
// the identity provider. Both are keyed by the SHA-256 of a secret only the browser holds, expire
// within minutes and are used once.
import type { Selectable } from 'kysely';
import type { Db } from './connection.ts';
import type { OidcSignInsTable } from './schema.ts';
import { inTransaction } from './transaction.ts';

export type PendingPurpose = 'second_factor' | 'enrol';

export async function insertPendingSignIn(
  db: Db,
  pending: { id: string; userId: string; purpose: PendingPurpose; expiresAt: string },
) {
  await db
    .insertInto('pending_sign_ins')
    .values({
      id: pending.id,
      user_id: pending.userId,
      purpose: pending.purpose,
      expires_at: pending.expiresAt,
    })
    .execute();
}

export async function findPendingSignIn(db: Db, id: string, purpose: PendingPurpose, now: string) {
  return db
    .selectFrom('pending_sign_ins')
    .select('user_id')
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** false when another request used it first. */
export async function deletePendingSignIn(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('pending_sign_ins').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deleteExpiredSignIns(db: Db, now: string) {
  await db.deleteFrom('pending_sign_ins').where('expires_at', '<=', now).execute();
  await db.deleteFrom('oidc_sign_ins').where('expires_at', '<=', now).execute();
}

export type OidcSignInRow = Selectable<OidcSignInsTable>;

export async function insertOidcSignIn(db: Db, row: OidcSignInRow) {
  await db.insertInto('oidc_sign_ins').values(row).execute();
}

/** The live record, deleted as it is read so that a callback can be replayed only to fail. */
export async function takeOidcSignIn(db: Db, id: string, now: string) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('oidc_sign_ins')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const deleted = await trx.deleteFrom('oidc_sign_ins').where('id', '=', id).executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1 || row.expires_at <= now) return undefined;
    return row;
  });
}
