// SQLite stores a table's rows in rowid order, and hands out rowids counting up: a copy of the
// file would list responses in the order they arrived, within the hour that is all we store of
// their time. The tables written per response or per answer are given a random rowid instead
// (an insert anywhere in the table's B-tree; WITHOUT ROWID tables clustered by the random id were
// measured at a quarter of the write rate).
// PostgreSQL has no rowid; there rows go where the heap has room (see SECURITY.md).
import { randomFillSync } from 'node:crypto';
import { type Generated, SqliteAdapter } from 'kysely';
import type { Db } from './connection.ts';

/** The tables whose rowid order would otherwise be the order responses arrived in. */
export type ShuffledTable =
  | 'responses'
  | 'report_summaries'
  | 'tag_jobs'
  | 'idempotency_keys'
  | 'spent_access_codes'
  | 'receipts'
  | 'response_links'
  | 'answer_analysis'
  | 'answer_themes';

/** The database seen with SQLite's rowid as an optional column of those tables. */
export const withRowid = (db: Db) =>
  db.withTables<{ [T in ShuffledTable]: { rowid: Generated<number> } }>();

export const hasRowid = (db: Db) => db.getExecutor().adapter instanceof SqliteAdapter;

// Drawn 256 at a time: one call into the system's generator per batch, not per row.
const pool = new Uint32Array(512);
let taken = pool.length;

/** A uniformly random integer in [1, 2^53): JavaScript and SQLite both hold it exactly. */
export function randomRowid(): number {
  if (taken === pool.length) {
    randomFillSync(pool);
    taken = 0;
  }
  const high = (pool[taken] ?? 0) & 0x1f_ffff;
  const low = pool[taken + 1] ?? 0;
  taken += 2;
  return high * 2 ** 32 + low || randomRowid();
}

/** `{ rowid }` to spread into a row on SQLite, nothing on engines without rowids. */
export const rowidOf = (db: Db, rowid: number = randomRowid()): { rowid?: number } =>
  hasRowid(db) ? { rowid } : {};

const isRowidClash = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_ROWID';

/**
 * Runs an insert that draws random rowids, drawing again if one was taken (with 10^8 rows stored,
 * about one insert in 10^8). A failed statement is undone alone, so the caller's transaction or
 * savepoint carries on.
 */
export async function retryOnRowidClash<T>(insert: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert();
    } catch (error) {
      if (attempt >= 8 || !isRowidClash(error)) throw error;
    }
  }
}
