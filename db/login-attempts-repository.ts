// Failed sign-ins per account. The key is a hash of the e-mail, never a network address.
import type { Selectable } from 'kysely';
import type { Db } from './connection.ts';
import type { LoginAttemptsTable } from './schema.ts';

export type LoginAttemptsRow = Selectable<LoginAttemptsTable>;

export async function findLoginAttempts(db: Db, key: string) {
  return db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst();
}

/**
 * Writes what `next` makes of the key's record. Compare-and-swap rather than a read-then-write
 * transaction: SQLite refuses to upgrade a read transaction that another process wrote under
 * (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out), so concurrent instances just retry.
 */
export async function updateLoginAttempts(
  db: Db,
  key: string,
  next: (current: LoginAttemptsRow | undefined) => Omit<LoginAttemptsRow, 'key'>,
): Promise<LoginAttemptsRow> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const current = await findLoginAttempts(db, key);
    const row = { key, ...next(current) };
    const written = current
      ? (
          await db
            .updateTable('login_attempts')
            .set({
              failures: row.failures,
              window_started_at: row.window_started_at,
              locked_until: row.locked_until,
            })
            .where('key', '=', key)
            .where('failures', '=', current.failures)
            .where('window_started_at', '=', current.window_started_at)
            .executeTakeFirst()
        ).numUpdatedRows
      : (
          await db
            .insertInto('login_attempts')
            .values(row)
            .onConflict((oc) => oc.column('key').doNothing())
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows;
    if (Number(written ?? 0) === 1) return row;
  }
  throw new Error('Too many concurrent updates of one login_attempts row.');
}

export async function clearLoginAttempts(db: Db, key: string) {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}

/** Drops counts that no longer matter: unlocked and older than the window, or locks long over. */
export async function deleteStaleLoginAttempts(
  db: Db,
  cutoffs: { windowStartedBefore: string; lockedUntilBefore: string },
) {
  await db
    .deleteFrom('login_attempts')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('locked_until', 'is', null),
          eb('window_started_at', '<', cutoffs.windowStartedBefore),
        ]),
        eb('locked_until', '<', cutoffs.lockedUntilBefore),
      ]),
    )
    .execute();
}
