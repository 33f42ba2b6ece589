import type { Db } from './connection.ts';

/**
 * Runs `fn` in a transaction, or inside the caller's when `db` already is one: a repository
 * function that needs its writes together can then also join a larger change (with its audit row).
 */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
