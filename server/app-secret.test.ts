import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_SECRET_FILE, loadAppSecret } from './app-secret.ts';
import { boot } from './boot.ts';
import { loadConfig } from './config.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'send-voice-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the server's secret", () => {
  it('is created once in DATA_DIR, readable by its owner only, and the same after a restart', () => {
    const dir = freshDir();
    const first = loadAppSecret(dir);
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, APP_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(loadAppSecret(dir).equals(first)).toBe(true);
    expect(loadAppSecret(freshDir()).equals(first)).toBe(false);
  });

  it('comes from APP_SECRET when set, and writes no file then', () => {
    const dir = freshDir();
    const secret = loadAppSecret(dir, 'x'.repeat(40));
    expect(secret.toString('utf8')).toBe('x'.repeat(40));
    expect(() => readFileSync(join(dir, APP_SECRET_FILE))).toThrow();
    expect(() => loadConfig({ APP_SECRET: 'too short' })).toThrow(/APP_SECRET/);
  });

  it('stops start-up on a database first used with another secret', async () => {
    const dir = freshDir();
    const surveysDir = freshDir();
    const env = { DATA_DIR: dir, SURVEYS_DIR: surveysDir, LOG_LEVEL: 'silent' as const };
    const first = await boot(loadConfig(env), { tagging: 'manual' });
    await first.close();
    const again = await boot(loadConfig(env), { tagging: 'manual' });
    await again.close();
    await expect(
      boot(loadConfig({ ...env, APP_SECRET: 'y'.repeat(40) }), { tagging: 'manual' }),
    ).rejects.toThrow(/not the one this database was used with/);
  });

  it('refuses a damaged secret file rather than quietly making a new one', () => {
    const dir = freshDir();
    writeFileSync(join(dir, APP_SECRET_FILE), 'not a secret');
    expect(() => loadAppSecret(dir)).toThrow(/restore it from the backup/);
  });
});
