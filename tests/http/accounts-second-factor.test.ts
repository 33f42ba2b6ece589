// A password account with a second factor: the code (or a recovery code, once) is asked for
// before any session exists, a code works once, and wrong codes are throttled like passwords.
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import {
  addUser,
  asSession,
  cookieOf,
  createAccountsTestApp,
  enrolSecondFactor,
  jsonInit,
  PASSWORD,
  signIn,
  totpCode,
} from '../support/accounts.ts';
import type { TestApp } from '../support/test-app.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function clockedApp() {
  const clock = { now: new Date('2026-12-07T09:00:10Z') };
  const t = await createAccountsTestApp({ now: () => clock.now });
  apps.push(t);
  const advance = (seconds: number) => {
    clock.now = new Date(clock.now.getTime() + seconds * 1000);
  };
  return { t, clock, advance };
}

/** An officer with a second factor, signed out. */
async function enrolledOfficer(t: TestApp, at: Date) {
  const officer = await addUser(t, 'officer');
  const session = await signIn(t, officer.email);
  const factor = await enrolSecondFactor(t, session, at);
  await t.request('/api/session', asSession(session, 'DELETE'));
  return { ...officer, ...factor };
}

async function passwordStep(t: TestApp, email: string) {
  const res = await t.request('/api/session', jsonInit('POST', { email, password: PASSWORD }));
  expect(res.status).toBe(200);
  expect(res.headers.get('set-cookie')).toBeNull();
  return (await res.json()) as { next: string; pendingToken: string };
}

const sendCode = (t: TestApp, pendingToken: string, code: string) =>
  t.request('/api/session/second-factor', jsonInit('POST', { pendingToken, code }));

describe('setting up a second factor', () => {
  it('shows a secret once and activates it only after a correct code, with ten recovery codes', async () => {
    const { t, clock } = await clockedApp();
    const officer = await addUser(t, 'officer');
    const session = await signIn(t, officer.email);
    const status = await t.request('/api/session/own-second-factor', asSession(session));
    expect(await status.json()).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });

    const started = await t.request('/api/session/own-second-factor', asSession(session, 'POST'));
    const start = (await started.json()) as { secret: string; otpauthUrl: string; qrSvg: string };
    expect(start.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.otpauthUrl).toMatch(
      /^otpauth:\/\/totp\/SEND%20Voice:officer\d+%40council\.example\?/,
    );
    expect(start.qrSvg).toMatch(/^<svg/);

    const confirm = (code: string) =>
      t.request('/api/session/own-second-factor/confirm', asSession(session, 'POST', { code }));
    const wrong = await confirm('000000');
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.code).toBe('invalid_code');
    // Until confirmed, signing in needs only the password.
    await signIn(t, officer.email);

    const right = await confirm(totpCode(start.secret, clock.now));
    expect(right.status).toBe(200);
    const { recoveryCodes } = (await right.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const after = await t.request('/api/session/own-second-factor', asSession(session));
    expect(await after.json()).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 10 });

    const again = await t.request('/api/session/own-second-factor', asSession(session, 'POST'));
    expect(again.status).toBe(409);
    const enrolRows = (await listAudit(t.deps.db)).filter(
      (r) => r.action === 'second_factor.enrol',
    );
    expect(enrolRows).toMatchObject([{ target: officer.id, details: { recoveryCodes: 10 } }]);
    // Only hashes are stored.
    const stored = await t.deps.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(stored.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
  });

  it('needs the CSRF token to start one', async () => {
    const { t } = await clockedApp();
    const officer = await addUser(t, 'officer');
    const session = await signIn(t, officer.email);
    const res = await t.request(
      '/api/session/own-second-factor',
      asSession(session, 'POST', undefined, { csrf: false }),
    );
    expect(res.status).toBe(403);
  });
});

describe('signing in with a second factor', () => {
  it('gives no session for the password alone, and one after the code', async () => {
    const { t, clock, advance } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    advance(30);
    const { next, pendingToken } = await passwordStep(t, officer.email);
    expect(next).toBe('second_factor');

    const wrong = await sendCode(t, pendingToken, '123456');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('invalid_code');

    const res = await sendCode(t, pendingToken, totpCode(officer.secret, clock.now));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { email: string }; csrfToken: string };
    expect(body.user.email).toBe(officer.email);
    const me = await t.request('/api/session', { headers: { cookie: cookieOf(res) } });
    expect(me.status).toBe(200);

    // The half-way sign-in is used up.
    const replay = await sendCode(t, pendingToken, totpCode(officer.secret, clock.now));
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.code).toBe('sign_in_expired');
  });

  it('refuses a code already used in its window, and accepts the next one', async () => {
    const { t, clock, advance } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    advance(30);
    const code = totpCode(officer.secret, clock.now);
    const first = await passwordStep(t, officer.email);
    expect((await sendCode(t, first.pendingToken, code)).status).toBe(200);

    advance(5);
    const second = await passwordStep(t, officer.email);
    expect((await sendCode(t, second.pendingToken, code)).status).toBe(401);
    // The code of the step before is still within the window, but older than the one used.
    const earlier = totpCode(officer.secret, new Date(clock.now.getTime() - 30_000));
    expect((await sendCode(t, second.pendingToken, earlier)).status).toBe(401);
    advance(30);
    expect(
      (await sendCode(t, second.pendingToken, totpCode(officer.secret, clock.now))).status,
    ).toBe(200);
    const reasons = (await listAudit(t.deps.db))
      .filter((r) => r.action === 'login.failure')
      .map((r) => r.details.reason);
    expect(reasons).toEqual(['reused_code', 'reused_code']);
  });

  it('lets only one of two sign-ins racing with the same code through', async () => {
    const { t, clock, advance } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    advance(30);
    const code = totpCode(officer.secret, clock.now);
    const [a, b] = await Promise.all([
      passwordStep(t, officer.email),
      passwordStep(t, officer.email),
    ]);
    const statuses = await Promise.all([
      sendCode(t, a.pendingToken, code),
      sendCode(t, b.pendingToken, code),
    ]);
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('accepts each recovery code once, typed in any case and spacing', async () => {
    const { t, clock } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    const recovery = officer.recoveryCodes[3] ?? '';
    const first = await passwordStep(t, officer.email);
    const used = await sendCode(
      t,
      first.pendingToken,
      ` ${recovery.toUpperCase().replace('-', ' ')} `,
    );
    expect(used.status).toBe(200);
    const success = (await listAudit(t.deps.db)).find((r) => r.action === 'login.success');
    expect(success?.details).toEqual({ method: 'password+recovery_code', recoveryCodesLeft: 9 });

    const second = await passwordStep(t, officer.email);
    expect((await sendCode(t, second.pendingToken, recovery)).status).toBe(401);
    expect((await sendCode(t, second.pendingToken, 'abcde-fghjk')).status).toBe(401);
  });

  it('lets a half-way sign-in expire after ten minutes', async () => {
    const { t, clock, advance } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    const { pendingToken } = await passwordStep(t, officer.email);
    advance(10 * 60 + 1);
    const res = await sendCode(t, pendingToken, totpCode(officer.secret, clock.now));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('sign_in_expired');
  });

  it('throttles wrong codes, and a correct password does not wipe their count', async () => {
    const { t, clock, advance } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    advance(30);
    let { pendingToken } = await passwordStep(t, officer.email);
    for (let i = 0; i < 5; i++) {
      expect((await sendCode(t, pendingToken, String(100000 + i))).status).toBe(401);
    }
    const locked = await sendCode(t, pendingToken, totpCode(officer.secret, clock.now));
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');

    ({ pendingToken } = await passwordStep(t, officer.email));
    expect((await sendCode(t, pendingToken, totpCode(officer.secret, clock.now))).status).toBe(429);
    advance(61);
    expect((await sendCode(t, pendingToken, '999999')).status).toBe(401);
    const longer = await sendCode(t, pendingToken, totpCode(officer.secret, clock.now));
    expect(longer.headers.get('retry-after')).toBe('120');
    advance(121);
    expect((await sendCode(t, pendingToken, totpCode(officer.secret, clock.now))).status).toBe(200);
  });

  it('checks at most five of many wrong codes sent at the same moment', async () => {
    const { t, clock, advance } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    advance(30);
    const { pendingToken } = await passwordStep(t, officer.email);
    const guesses = Array.from({ length: 40 }, (_, i) => String(200000 + i));
    const statuses = (await Promise.all(guesses.map((g) => sendCode(t, pendingToken, g)))).map(
      (res) => res.status,
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(35);
  });

  it('refuses codes for a disabled account and bad input without writing', async () => {
    const { t, clock } = await clockedApp();
    const officer = await enrolledOfficer(t, clock.now);
    const { pendingToken } = await passwordStep(t, officer.email);
    const bad = await t.request(
      '/api/session/second-factor',
      jsonInit('POST', { pendingToken, code: 'x'.repeat(41) }),
    );
    expect(bad.status).toBe(400);
    await t.deps.db
      .updateTable('users')
      .set({ disabled: 1 })
      .where('id', '=', officer.id)
      .execute();
    const res = await sendCode(t, pendingToken, totpCode(officer.secret, clock.now));
    expect(res.status).toBe(401);
  });
});
