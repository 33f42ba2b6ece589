// The server's own secret, kept outside the database: a copy of the database (or its backups)
// without this file cannot turn what it stores back into the codes families hold. Several
// instances must share it: set APP_SECRET, or share DATA_DIR. Back it up with the data; losing it
// means used access codes can be used once more.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const APP_SECRET_FILE = 'app-secret';

/** APP_SECRET when set, else the secret in DATA_DIR, created once (readable by its owner only). */
export function loadAppSecret(dataDir: string, fromEnvironment?: string): Buffer {
  if (fromEnvironment) return Buffer.from(fromEnvironment, 'utf8');
  const file = join(dataDir, APP_SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // 'wx': when two instances start at once, the second fails here and reads the first's.
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new Error(`${file} does not hold a secret this app wrote; restore it from the backup.`);
  }
  return Buffer.from(text, 'hex');
}
