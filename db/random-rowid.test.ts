// The random rowids behind the row order: in range, and a clash is drawn again, never swallowed.
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { randomRowid, retryOnRowidClash } from './random-rowid.ts';

describe('randomRowid', () => {
  it('draws safe integers from 1 below 2^53, spread over the range', () => {
    const drawn = Array.from({ length: 2_000 }, randomRowid);
    for (const n of drawn) {
      expect(Number.isSafeInteger(n) && n >= 1).toBe(true);
    }
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.filter((n) => n > 2 ** 52).length).toBeGreaterThan(800);
  });
});

describe('retryOnRowidClash', () => {
  it('inserts again with a new rowid when SQLite says the rowid is taken', async () => {
    const sqlite = new SqliteDatabase(':memory:');
    sqlite.exec('create table t (id text primary key)');
    sqlite.prepare('insert into t (rowid, id) values (7, ?)').run('first');
    const rowids = [7, 8];
    await retryOnRowidClash(async () =>
      sqlite.prepare('insert into t (rowid, id) values (?, ?)').run(rowids.shift(), 'second'),
    );
    expect(sqlite.prepare('select rowid as r from t where id = ?').get('second')).toEqual({ r: 8 });
  });

  it('passes every other error on, such as the same id twice', async () => {
    const sqlite = new SqliteDatabase(':memory:');
    sqlite.exec('create table t (id text primary key)');
    sqlite.prepare('insert into t (rowid, id) values (1, ?)').run('same');
    let attempts = 0;
    await expect(
      retryOnRowidClash(async () => {
        attempts++;
        sqlite.prepare('insert into t (rowid, id) values (2, ?)').run('same');
      }),
    ).rejects.toThrow(/UNIQUE constraint failed: t.id/);
    expect(attempts).toBe(1);
  });
});
