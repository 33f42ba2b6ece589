import type { Selectable } from 'kysely';
import type { Db } from './connection.ts';
import type { UsersTable } from './schema.ts';
import { inTransaction } from './transaction.ts';

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  id: string;
  email: string;
  role: string;
  forumMember: boolean;
  passwordHash: string | null;
  at: string;
}

/** false when the e-mail is already taken (the unique index decides, so two instances agree). */
export async function insertUser(db: Db, user: NewUser): Promise<boolean> {
  const result = await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      role: user.role,
      forum_member: user.forumMember ? 1 : 0,
      password_hash: user.passwordHash,
      disabled: 0,
      created_at: user.at,
      updated_at: user.at,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

export async function setUserDisabled(db: Db, id: string, disabled: boolean, at: string) {
  await db
    .updateTable('users')
    .set({ disabled: disabled ? 1 : 0, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string, at: string) {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** A new link replaces any earlier unused one, so only the latest link works. */
export async function insertPasswordReset(
  db: Db,
  reset: { tokenHash: string; userId: string; expiresAt: string },
) {
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('password_resets')
      .set({ used: 1 })
      .where('user_id', '=', reset.userId)
      .execute();
    await trx
      .insertInto('password_resets')
      .values({
        token_hash: reset.tokenHash,
        user_id: reset.userId,
        expires_at: reset.expiresAt,
        used: 0,
      })
      .execute();
  });
}

/**
 * Uses up a live reset token and sets the new password in one transaction, signing the person out
 * everywhere. The conditional update means that of two concurrent uses, only one succeeds.
 */
export async function completePasswordReset(
  db: Db,
  reset: { tokenHash: string; userId: string; passwordHash: string; now: string },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const used = await trx
      .updateTable('password_resets')
      .set({ used: 1 })
      .where('token_hash', '=', reset.tokenHash)
      .where('user_id', '=', reset.userId)
      .where('used', '=', 0)
      .where('expires_at', '>', reset.now)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return false;
    await setPasswordHash(trx, reset.userId, reset.passwordHash, reset.now);
    await trx.deleteFrom('sessions').where('user_id', '=', reset.userId).execute();
    return true;
  });
}

/** The reset token's user if the token is still usable, without using it up. */
export async function findLivePasswordReset(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom('password_resets')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('used', '=', 0)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}
