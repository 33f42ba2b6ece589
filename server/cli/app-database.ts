// Account commands work on the server's own database: same configuration (DATA_DIR...), same
// migrations, so they can run before the first start or beside a running server.
import { createInterface } from 'node:readline';
import { openSqlite } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { findUserByEmail, type UserRow } from '../../db/users-repository.ts';
import type { AccountDeps } from '../auth/accounts.ts';
import { normaliseEmail } from '../auth/secrets.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { UsageError } from './cli-errors.ts';

export const EXIT_REFUSED = 1;

/** Runs `fn` on the app database; a refused operation (an AppError) is reported and exits 1. */
export async function withAppDatabase(fn: (deps: AccountDeps) => Promise<number>) {
  const config = loadConfig();
  const db = openSqlite(config.databaseFile);
  try {
    await migrateToLatest(db);
    return await fn({ db, config, now: () => new Date() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT_REFUSED;
  } finally {
    await db.destroy();
  }
}

export async function userByEmail(deps: AccountDeps, email: string): Promise<UserRow> {
  const user = await findUserByEmail(deps.db, normaliseEmail(email));
  if (!user) throw new AppError(404, 'user_not_found', `There is no account for ${email}.`);
  return user;
}

export function requireEmail(email: string | undefined, command: string): string {
  if (!email) throw new UsageError(`${command} needs --email E.`);
  return email;
}

/**
 * The first line of stdin, so a password never appears in the process list or shell history. At a
 * terminal it is typed without being shown, so nobody reads it over a shoulder or in a recording.
 */
export async function readSecretLine(prompt: string): Promise<string | undefined> {
  if (process.stdin.isTTY) return readHiddenFromTerminal(prompt);
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) return line;
    return undefined;
  } finally {
    lines.close();
  }
}

function readHiddenFromTerminal(prompt: string): Promise<string | undefined> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let typed = '';
  return new Promise((resolve) => {
    const finish = (value: string | undefined) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(typed);
        // Ctrl-C and Ctrl-D end without a password, as closing the input would.
        if (char === '\u0003' || char === '\u0004') return finish(undefined);
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
