import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('succeed when two connections migrate a new database at the same time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-voice-migrate-'));
    dirs.push(dir);
    const file = join(dir, 'db.sqlite');
    const [a, b] = [openSqlite(file), openSqlite(file)];
    await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
    const tables = await a.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['surveys', 'responses', 'users']),
    );
    await Promise.all([a.destroy(), b.destroy()]);
  });
});
