// Account commands as an administrator runs them on the server: same database, clear exit codes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { openSqlite } from '../../db/connection.ts';
import { UsageError } from '../../server/cli/cli-errors.ts';
import { tokenCommand } from '../../server/cli/token-command.ts';
import { userCommand } from '../../server/cli/user-command.ts';
import { asToken, createAccountsTestApp, jsonInit } from '../support/accounts.ts';

let dataDir = '';
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'send-voice-accounts-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Asynchronous, so independent commands can run side by side on a loaded machine. */
function cli(args: string[], input = '', env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        NODE_ENV: 'test',
        DOTENV_CONFIG_QUIET: 'true',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const PASSWORD = 'a passphrase typed once';

describe('cli user and token', { timeout: 30_000 }, () => {
  it('adds an account from a password on stdin; no password is exit 2, weak or taken exit 1', async () => {
    // Alone first: it creates and migrates the database, which concurrent first runs must not race.
    const added = await cli(
      ['user', 'add', '--email', 'Ann@Council.example', '--role', 'admin'],
      `${PASSWORD}\nignored\n`,
    );
    const [weak, noPassword, duplicate] = await Promise.all([
      cli(['user', 'add', '--email', 'cat@council.example', '--role', 'officer'], 'short\n'),
      cli(['user', 'add', '--email', 'dan@council.example', '--role', 'officer']),
      cli(
        ['user', 'add', '--email', 'ann@council.example', '--role', 'officer', '--forum-member'],
        `${PASSWORD}\n`,
      ),
    ]);
    expect([added.code, added.stderr]).toEqual([0, '']);
    expect(JSON.parse(added.stdout)).toMatchObject({ email: 'ann@council.example', role: 'admin' });
    expect([weak.code, weak.stderr]).toEqual([1, expect.stringMatching(/at least 12/)]);
    expect([noPassword.code, noPassword.stderr]).toEqual([2, expect.stringMatching(/stdin/)]);
    expect(duplicate.code).toBe(1);
  });

  // Other usage mistakes are thrown before any input or database is touched: checked in-process,
  // since spawning costs a second each (main.ts turns a UsageError into exit code 2).
  it('throws a usage error for unknown subcommands, roles and options', async () => {
    await expect(userCommand(['frobnicate'])).rejects.toThrow(UsageError);
    await expect(userCommand(['add', '--email', 'b@c.example', '--role', 'root'])).rejects.toThrow(
      /--role admin, officer or designer/,
    );
    await expect(userCommand(['disable'])).rejects.toThrow(/--email/);
    await expect(
      userCommand(['disable', '--email', 'b@c.example', '--role', 'admin']),
    ).rejects.toThrow(UsageError);
    await expect(tokenCommand(['mint', '--email', 'b@c.example'])).rejects.toThrow(UsageError);
    await expect(tokenCommand(['create', '--colour', 'red'])).rejects.toThrow(/colour/);
  });

  it('creates a token the server accepts, resets and disables, and audits as "cli"', async () => {
    const [token, reset, unknown] = await Promise.all([
      cli(['token', 'create', '--email', 'ann@council.example']),
      cli(['user', 'reset', '--email', 'ann@council.example']),
      cli(['user', 'disable', '--email', 'nobody@council.example']),
    ]);
    expect([token.code, token.stderr]).toEqual([0, '']);
    expect(token.stdout).toMatch(/^svt_[\w-]+\n$/);
    expect(reset.stdout).toMatch(/^\/officer\/reset-password\?token=[\w%-]+\n$/);
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      expect.stringMatching(/nobody@council\.example/),
    ]);

    const t = await createAccountsTestApp({ env: { DATA_DIR: dataDir } });
    try {
      const me = await t.request('/api/session', asToken(token.stdout.trim()));
      expect(me.status).toBe(200);
      const signIn = await t.request(
        '/api/session',
        jsonInit('POST', { email: 'ann@council.example', password: PASSWORD }),
      );
      expect(signIn.status).toBe(200);
    } finally {
      await t.close(); // removes only its own empty temporary folder
    }

    const disabled = await cli(['user', 'disable', '--email', 'ann@council.example']);
    expect(disabled.code).toBe(0);
    const db = openSqlite(join(dataDir, 'send-voice.sqlite'));
    try {
      const rows = await listAudit(db);
      const byCli = rows.filter((r) => r.actorEmail === 'cli' && r.actorUserId === null);
      expect(byCli.map((r) => r.action).sort()).toEqual([
        'token.create',
        'user.create',
        'user.disable',
        'user.reset_link',
      ]);
      expect(JSON.stringify(rows)).not.toContain(PASSWORD);
      expect(JSON.stringify(rows)).not.toContain(token.stdout.trim());
    } finally {
      await db.destroy();
    }
  });

  it('prints the whole reset link when PUBLIC_URL is set, and the link sets a new password', async () => {
    const email = 'eve@council.example';
    expect(
      (await cli(['user', 'add', '--email', email, '--role', 'officer'], `${PASSWORD}\n`)).code,
    ).toBe(0);
    const reset = await cli(['user', 'reset', '--email', email], '', {
      PUBLIC_URL: 'https://voice.example.gov.uk/',
    });
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(
      /^https:\/\/voice\.example\.gov\.uk\/officer\/reset-password\?token=[\w%-]+\n$/,
    );
    const token = new URL(reset.stdout.trim()).searchParams.get('token');
    const t = await createAccountsTestApp({ env: { DATA_DIR: dataDir } });
    try {
      const newPassword = 'a different passphrase';
      const done = await t.request(
        '/api/password-reset',
        jsonInit('POST', { token, password: newPassword }),
      );
      expect(done.status).toBeLessThan(300);
      const signIn = await t.request(
        '/api/session',
        jsonInit('POST', { email, password: newPassword }),
      );
      expect(signIn.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
