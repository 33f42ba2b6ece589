// Online backup and restore of the SQLite database. A backup is written by VACUUM INTO: one
// consistent snapshot taken inside a read transaction while the server keeps running, rebuilt
// page by page, so free pages (where deleted answers may linger) are not copied.
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import { knownMigrationNames } from './migrate.ts';

export class BackupError extends Error {}

/** Writes a consistent copy of the open database to `file`, which must not exist yet. */
export async function backupTo(db: Db, file: string): Promise<void> {
  if (existsSync(file)) throw new BackupError(`${file} already exists; choose a new file.`);
  await sql`VACUUM INTO ${file}`.execute(db);
  // It holds every answer: readable by its owner only, like the database.
  chmodSync(file, 0o600);
}

/** Why `file` is not a backup this code can restore, or undefined when it is one. */
export function checkBackup(file: string): string | undefined {
  if (!existsSync(file)) return `${file} does not exist.`;
  let backup: SqliteDatabase.Database | undefined;
  try {
    backup = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const integrity = backup.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `${file} is damaged (integrity check: ${String(integrity)}).`;
    const hasMigrations = backup
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!hasMigrations) return `${file} is not a SEND Voice database.`;
    const ran = backup.prepare('select name from kysely_migration').pluck().all() as string[];
    const known = new Set(knownMigrationNames());
    const unknown = ran.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      return `${file} comes from a newer version of SEND Voice (migration ${unknown[0]}); upgrade first.`;
    }
    return undefined;
  } catch (error) {
    return `${file} cannot be read as a database: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    backup?.close();
  }
}

/**
 * Puts a checked backup in place of `databaseFile`; refused while anything has it open. The one it
 * replaces is kept beside it as `<file>.before-restore` (after folding its WAL in), so a restore
 * by mistake can be undone.
 */
export function restoreFrom(file: string, databaseFile: string): { keptAs?: string } {
  const problem = checkBackup(file);
  if (problem) throw new BackupError(problem);
  let keptAs: string | undefined;
  if (existsSync(databaseFile)) {
    const current = new SqliteDatabase(databaseFile, { timeout: 0 });
    try {
      // Every open connection (a running server's, even idle) keeps the exclusive lock from us.
      current.pragma('locking_mode = EXCLUSIVE');
      current.exec('BEGIN EXCLUSIVE');
      current.exec('COMMIT');
      current.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      throw new BackupError(
        'The server (or another program) has the database open: stop it first.',
      );
    } finally {
      current.close();
    }
    keptAs = `${databaseFile}.before-restore`;
    rmSync(keptAs, { force: true });
    renameSync(databaseFile, keptAs);
    for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  }
  const incoming = `${databaseFile}.restoring`;
  copyFileSync(file, incoming);
  chmodSync(incoming, 0o600);
  renameSync(incoming, databaseFile);
  return { keptAs };
}
