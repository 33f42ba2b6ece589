// npm run --silent cli -- backup --out FILE | restore --from FILE
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, backupTo, restoreFrom } from '../../db/backup.ts';
import { openSqlite } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { loadConfig } from '../config.ts';
import { EXIT_REFUSED } from './app-database.ts';
import { UsageError } from './cli-errors.ts';

function option(args: string[], name: 'out' | 'from', command: string): string {
  const { values } = parseArgs({
    args,
    options: { [name]: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const value = values[name];
  if (typeof value !== 'string' || !value) throw new UsageError(`${command} needs --${name} FILE.`);
  return resolve(value);
}

function refused(error: unknown): number {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  return EXIT_REFUSED;
}

export async function backupCommand(args: string[]): Promise<number> {
  const out = option(args, 'out', 'backup');
  const db = openSqlite(loadConfig().databaseFile);
  try {
    await backupTo(db, out);
    process.stderr.write(
      `Backed up to ${out}. Keep the server's secret (APP_SECRET or DATA_DIR/app-secret) too, apart from it.\n`,
    );
    return 0;
  } catch (error) {
    return refused(error);
  } finally {
    await db.destroy();
  }
}

export async function restoreCommand(args: string[]): Promise<number> {
  const from = option(args, 'from', 'restore');
  const { databaseFile } = loadConfig();
  try {
    const { keptAs } = restoreFrom(from, databaseFile);
    // A backup from an older version is brought up to date now, not at the next start.
    const db = openSqlite(databaseFile);
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
    process.stderr.write(
      `Restored ${from}.${keptAs ? ` The database it replaced is kept as ${keptAs}.` : ''}\n`,
    );
    return 0;
  } catch (error) {
    return refused(error);
  }
}
