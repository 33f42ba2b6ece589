// Prepared statements are reused by SQL text, and never handed out while still being iterated.
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

function numbers() {
  const sqlite = new SqliteDatabase(':memory:');
  sqlite.exec('create table n (v integer); insert into n values (1), (2), (3);');
  return sqlite;
}

describe('the statement cache', () => {
  it('prepares each SQL text once, keeping only the most recently used', () => {
    const cached = withStatementCache(numbers(), 2);
    const first = cached.prepare('select v from n');
    expect(cached.prepare('select v from n')).toBe(first);
    cached.prepare('select v + 1 from n');
    cached.prepare('select v + 2 from n');
    expect(cached.prepare('select v from n')).not.toBe(first);
    cached.close();
  });

  it('gives a fresh statement while the cached one is still iterating', () => {
    const cached = withStatementCache(numbers());
    const seen: number[] = [];
    for (const row of cached.prepare('select v from n').iterate([]) as Iterable<{ v: number }>) {
      const inner = cached.prepare('select v from n').all([]) as { v: number }[];
      seen.push(row.v * 10 + inner.length);
    }
    expect(seen).toEqual([13, 23, 33]);
    cached.close();
  });

  it('serves Kysely queries and streams, again and again', async () => {
    const db = new Kysely<{ n: { v: number } }>({
      dialect: new SqliteDialect({ database: withStatementCache(numbers()) }),
    });
    for (let round = 0; round < 2; round++) {
      const streamed: number[] = [];
      for await (const row of db.selectFrom('n').select('v').orderBy('v').stream()) {
        streamed.push(row.v);
      }
      expect(streamed).toEqual([1, 2, 3]);
      const { rows } = await sql<{ total: number }>`select sum(v) as total from n`.execute(db);
      expect(rows[0]?.total).toBe(6);
    }
    await db.destroy();
  });
});
