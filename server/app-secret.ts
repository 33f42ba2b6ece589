// The server's own secret, kept outside the database: a copy of the database (or its backups)
// without this file cannot turn what it stores back into the codes families hold. Several
// instances must share it: set APP_SECRET, or share DATA_DIR. Back it up with the data; the
// database keeps a check value, so starting with another secret is refused rather than quietly
// letting every used access code be used again.
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSetting, writeSettingOnce } from '../db/app-settings-repository.ts';
import type { Db } from '../db/connection.ts';

export const APP_SECRET_FILE = 'app-secret';
const CHECK_SETTING = 'app_secret_check';

/** APP_SECRET when set, else the secret in DATA_DIR, created once (readable by its owner only). */
export function loadAppSecret(dataDir: string, fromEnvironment?: string): Buffer {
  if (fromEnvironment) return Buffer.from(fromEnvironment, 'utf8');
  const file = join(dataDir, APP_SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // Written whole under another name, then linked into place: a second instance starting at
    // the same moment either links first or finds the complete file, never a half-written one.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new Error(`${file} does not hold a secret this app wrote; restore it from the backup.`);
  }
  return Buffer.from(text, 'hex');
}

/**
 * Refuses a secret other than the one this database was first used with. The stored value is an
 * HMAC of a fixed text: it tells secrets apart without revealing one.
 */
export async function checkAppSecret(db: Db, secret: Buffer, now: Date): Promise<void> {
  const check = createHmac('sha256', secret).update('send-voice app secret check').digest('hex');
  await writeSettingOnce(db, CHECK_SETTING, check, now.toISOString());
  if ((await readSetting(db, CHECK_SETTING)) !== check) {
    throw new Error(
      'The server secret (APP_SECRET, or app-secret in DATA_DIR) is not the one this database ' +
        'was used with. Restore it from the backup: with another, used access codes would work again.',
    );
  }
}
