// TOTP secrets and recovery codes. Uses of a code are conditional updates, so of two requests
// racing with the same code only one wins.
import type { Selectable } from 'kysely';
import type { Db } from './connection.ts';
import type { SecondFactorsTable } from './schema.ts';

export type SecondFactorRow = Selectable<SecondFactorsTable>;

export async function findSecondFactor(db: Db, userId: string) {
  return db
    .selectFrom('second_factors')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** A new, unconfirmed secret replacing an earlier unconfirmed one; false if one is confirmed. */
export async function putUnconfirmedSecondFactor(
  db: Db,
  factor: { userId: string; secret: string; at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('second_factors')
    .values({
      user_id: factor.userId,
      secret: factor.secret,
      confirmed: 0,
      last_used_step: null,
      created_at: factor.at,
    })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret: factor.secret, created_at: factor.at })
        .where('second_factors.confirmed', '=', 0),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function confirmSecondFactor(db: Db, userId: string, step: number) {
  const result = await db
    .updateTable('second_factors')
    .set({ confirmed: 1, last_used_step: step })
    .where('user_id', '=', userId)
    .where('confirmed', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the code's time step as used; false if it, or a later one, was used already. */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('second_factors')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where('confirmed', '=', 1)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[]) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ code_hash, user_id: userId, used: 0 })))
    .execute();
}

export async function claimRecoveryCode(db: Db, userId: string, codeHash: string) {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used: 1 })
    .where('code_hash', '=', codeHash)
    .where('user_id', '=', userId)
    .where('used', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteSecondFactor(db: Db, userId: string) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  const result = await db
    .deleteFrom('second_factors')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listUserIdsWithSecondFactor(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('second_factors')
    .select('user_id')
    .where('confirmed', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}
