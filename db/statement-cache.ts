// Kysely's SQLite driver prepares every query it runs; preparing is a parse and plan in SQLite, so
// the same text is prepared once and its statement reused.
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

const DEFAULT_LIMIT = 256;

/**
 * The database as SqliteDialect sees it, with `prepare` answered from a bounded LRU cache.
 * Safe with Kysely: its one connection runs one query at a time (connection mutex), a stream holds
 * that connection until it ends, and a statement still iterating (`busy`) is never handed out
 * again: a fresh one is prepared for that call instead.
 */
export function withStatementCache(
  sqlite: SqliteDatabase,
  limit = DEFAULT_LIMIT,
): KyselySqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Re-inserting keeps the Map's order as least to most recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached) return statement;
      cache.set(sql, statement);
      if (cache.size > limit) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}
