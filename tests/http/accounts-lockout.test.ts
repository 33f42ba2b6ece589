// Repeated failed sign-ins slow down an account (never an address), and every attempt is audited.
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { addUser, createAccountsTestApp, jsonInit, PASSWORD } from '../support/accounts.ts';
import type { TestApp } from '../support/test-app.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function clockedApp() {
  const clock = { now: new Date('2026-11-24T09:00:00Z') };
  const t = await createAccountsTestApp({ now: () => clock.now });
  apps.push(t);
  const advance = (seconds: number) => {
    clock.now = new Date(clock.now.getTime() + seconds * 1000);
  };
  return { t, advance };
}

const login = (t: TestApp, email: string, password: string) =>
  t.request('/api/session', jsonInit('POST', { email, password }));

async function failTimes(t: TestApp, email: string, n: number) {
  for (let i = 0; i < n; i++) {
    expect((await login(t, email, 'wrong wrong wrong')).status).toBe(401);
  }
}

describe('sign-in throttling', () => {
  it('locks after five failures in 15 minutes, doubling each time, until a success resets', async () => {
    const { t, advance } = await clockedApp();
    const officer = await addUser(t, 'officer');
    await failTimes(t, officer.email, 5);

    const locked = await login(t, officer.email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    expect(await locked.json()).toEqual({
      error: { code: 'too_many_attempts', message: expect.any(String) },
    });

    advance(61);
    await failTimes(t, officer.email, 1);
    const longer = await login(t, officer.email, PASSWORD);
    expect(longer.status).toBe(429);
    expect(longer.headers.get('retry-after')).toBe('120');

    advance(121);
    expect((await login(t, officer.email, PASSWORD)).status).toBe(200);
    // The success wiped the count: four more failures do not lock.
    await failTimes(t, officer.email, 4);
    expect((await login(t, officer.email, PASSWORD)).status).toBe(200);
  });

  it('caps the lock at an hour', async () => {
    const { t, advance } = await clockedApp();
    const officer = await addUser(t, 'officer');
    await failTimes(t, officer.email, 5);
    for (let i = 0; i < 8; i++) {
      const wait = Number((await login(t, officer.email, 'x')).headers.get('retry-after'));
      advance(wait + 1);
      await failTimes(t, officer.email, 1);
    }
    const res = await login(t, officer.email, PASSWORD);
    expect(res.headers.get('retry-after')).toBe('3600');
  });

  it('forgets fewer than five failures after 15 minutes', async () => {
    const { t, advance } = await clockedApp();
    const officer = await addUser(t, 'officer');
    await failTimes(t, officer.email, 4);
    advance(15 * 60 + 1);
    await failTimes(t, officer.email, 4);
    expect((await login(t, officer.email, PASSWORD)).status).toBe(200);
  });

  it('treats an unknown e-mail the same, and keys attempts by a hash of the e-mail', async () => {
    const { t } = await clockedApp();
    await failTimes(t, 'Nobody@Council.example', 5);
    expect((await login(t, 'nobody@council.example', 'x')).status).toBe(429);
    const rows = await t.deps.db.selectFrom('login_attempts').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toMatch(/nobody/i);
  });

  it('audits each attempt without the password', async () => {
    const { t } = await clockedApp();
    const officer = await addUser(t, 'officer');
    await failTimes(t, officer.email, 1);
    await login(t, officer.email, PASSWORD);
    await login(t, 'my secret passphrase', 'x');
    const rows = await listAudit(t.deps.db);
    const logins = rows.filter((r) => r.action.startsWith('login.'));
    expect(logins.map((r) => [r.action, r.actorEmail, r.details.reason]).sort()).toEqual([
      ['login.failure', '(not an e-mail address)', 'unknown_email'],
      ['login.failure', officer.email, 'wrong_password'],
      ['login.success', officer.email, undefined],
    ]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('wrong wrong');
    expect(text).not.toContain('my secret passphrase');
  });
});

describe('anonymity of the account tables', () => {
  it('have no column for an address, user agent or device', async () => {
    const { t } = await clockedApp();
    const tables = await t.deps.db.introspection.getTables();
    const columns = tables.flatMap((table) => table.columns.map((c) => `${table.name}.${c.name}`));
    expect(columns).toContain('login_attempts.key');
    const suspect =
      /\.(ip|ip_\w+|\w+_ip|\w*address\w*|\w*agent\w*|device\w*|remote\w*|cookie_id)$/i;
    expect(columns.filter((c) => suspect.test(c))).toEqual([]);
  });
});
