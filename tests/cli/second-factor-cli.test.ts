// The second-factor commands on the app database: an administrator who lost their phone gets back
// in, and the rule can be set without a browser; both audited with the actor "cli".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { openSqlite } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import { UsageError } from '../../server/cli/cli-errors.ts';
import { secondFactorCommand } from '../../server/cli/second-factor-command.ts';
import { loadConfig } from '../../server/config.ts';

let dataDir = '';
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'send-voice-second-factor-cli-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('NODE_ENV', 'test');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cli second-factor', () => {
  it('requires it, resets a person, and refuses bad command lines', async () => {
    const config = loadConfig();
    const db = openSqlite(config.databaseFile);
    await migrateToLatest(db);
    const deps = { db, config, now: () => new Date() };
    const user = await createAccount(
      deps,
      { id: null, email: 'cli' },
      {
        email: 'ann@council.example',
        role: 'admin',
        password: 'a passphrase typed once',
      },
    );
    await db
      .insertInto('second_factors')
      .values({
        user_id: user.id,
        secret: 'JBSWY3DPEHPK3PXP',
        confirmed: 1,
        last_used_step: null,
        created_at: 'x',
      })
      .execute();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await secondFactorCommand(['require', 'on'])).toBe(0);
      expect(await secondFactorCommand(['reset', '--email', 'ANN@council.example'])).toBe(0);
      expect(await secondFactorCommand(['reset', '--email', 'nobody@council.example'])).toBe(1);
      await expect(secondFactorCommand(['require', 'maybe'])).rejects.toThrow(UsageError);
      await expect(secondFactorCommand(['reset'])).rejects.toThrow(UsageError);
      await expect(secondFactorCommand([])).rejects.toThrow(UsageError);
    } finally {
      stderr.mockRestore();
    }
    expect(await db.selectFrom('second_factors').selectAll().execute()).toEqual([]);
    const setting = await db.selectFrom('app_settings').select('value').executeTakeFirst();
    expect(setting?.value).toBe('true');
    const actions = (await listAudit(db))
      .filter((r) => r.actorEmail === 'cli')
      .map((r) => r.action)
      .sort();
    expect(actions).toEqual([
      'second_factor.reset',
      'settings.require_second_factor',
      'user.create',
    ]);
    await db.destroy();
  });
});
