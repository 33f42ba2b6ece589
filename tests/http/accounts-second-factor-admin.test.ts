// An admin can require a second factor for every password account (then one without is sent to
// set it up right after its password) and reset a person's; both are audited.
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
  type Session,
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

const password = (t: TestApp, email: string) =>
  t.request('/api/session', jsonInit('POST', { email, password: PASSWORD }));

/** An admin signed in with password and code, as turning the rule on needs. */
async function adminWithCode(t: TestApp, clock: { now: Date }, advance: (s: number) => void) {
  const admin = await addUser(t, 'admin');
  const first = await signIn(t, admin.email);
  const { secret } = await enrolSecondFactor(t, first, clock.now);
  advance(30);
  const { pendingToken } = (await (await password(t, admin.email)).json()) as {
    pendingToken: string;
  };
  const res = await t.request(
    '/api/session/second-factor',
    jsonInit('POST', { pendingToken, code: totpCode(secret, clock.now) }),
  );
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { admin, session: { cookie: cookieOf(res), csrfToken } satisfies Session };
}

const requireAll = (t: TestApp, session: Session, requireSecondFactor: boolean) =>
  t.request('/api/users/settings', asSession(session, 'PUT', { requireSecondFactor }));

describe('requiring a second factor', () => {
  it('is refused to an admin signed in with a password alone, and to non-admins', async () => {
    const { t } = await clockedApp();
    const admin = await addUser(t, 'admin');
    const res = await requireAll(t, await signIn(t, admin.email), true);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('second_factor_first');
    const officer = await addUser(t, 'officer');
    expect((await requireAll(t, await signIn(t, officer.email), false)).status).toBe(403);
    const settings = await t.deps.db.selectFrom('app_settings').select('key').execute();
    expect(settings.map((row) => row.key)).not.toContain('require_second_factor');
  });

  it('ends password-only sessions and sends each account to set one up before anything else', async () => {
    const { t, clock, advance } = await clockedApp();
    const { admin, session } = await adminWithCode(t, clock, advance);
    const officer = await addUser(t, 'officer');
    const officerSession = await signIn(t, officer.email);

    const res = await requireAll(t, session, true);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ requireSecondFactor: true });
    const settings = await t.request('/api/users/settings', asSession(session));
    expect(await settings.json()).toEqual({ requireSecondFactor: true });
    const row = (await listAudit(t.deps.db)).find(
      (r) => r.action === 'settings.require_second_factor',
    );
    // The officer's, and the admin's first one, from before the admin had a code.
    expect(row).toMatchObject({
      actorUserId: admin.id,
      details: { required: true, sessionsEnded: 2 },
    });
    // The officer's old session is over; the admin's (with a code) goes on.
    expect((await t.request('/api/session', asSession(officerSession))).status).toBe(401);
    expect((await t.request('/api/session', asSession(session))).status).toBe(200);

    const step = await password(t, officer.email);
    expect(step.headers.get('set-cookie')).toBeNull();
    const { next, pendingToken } = (await step.json()) as { next: string; pendingToken: string };
    expect(next).toBe('enrol');
    // The half-way sign-in opens nothing else: not the code step, not a staff route.
    const asCode = await t.request(
      '/api/session/second-factor',
      jsonInit('POST', { pendingToken, code: '123456' }),
    );
    expect(asCode.status).toBe(401);
    expect((await t.request('/api/surveys/x/report', { headers: {} })).status).toBe(401);

    const started = await t.request('/api/session/enrolment', jsonInit('POST', { pendingToken }));
    const { secret, qrSvg } = (await started.json()) as { secret: string; qrSvg: string };
    expect(qrSvg).toMatch(/^<svg/);
    const confirm = (code: string) =>
      t.request('/api/session/enrolment/confirm', jsonInit('POST', { pendingToken, code }));
    expect((await confirm('000000')).status).toBe(400);
    const done = await confirm(totpCode(secret, clock.now));
    expect(done.status).toBe(200);
    const body = (await done.json()) as { user: { email: string }; recoveryCodes: string[] };
    expect(body.user.email).toBe(officer.email);
    expect(body.recoveryCodes).toHaveLength(10);
    expect((await t.request('/api/session', { headers: { cookie: cookieOf(done) } })).status).toBe(
      200,
    );
    // Next time, the code is asked for.
    const later = (await (await password(t, officer.email)).json()) as { next: string };
    expect(later.next).toBe('second_factor');
  });

  it('can be turned off again, audited', async () => {
    const { t, clock, advance } = await clockedApp();
    const { session } = await adminWithCode(t, clock, advance);
    await requireAll(t, session, true);
    expect((await requireAll(t, session, false)).status).toBe(200);
    const officer = await addUser(t, 'officer');
    await signIn(t, officer.email);
    const rows = (await listAudit(t.deps.db)).filter(
      (r) => r.action === 'settings.require_second_factor',
    );
    expect(rows.map((r) => r.details.required).sort()).toEqual([false, true]);
  });
});

describe('resetting a second factor', () => {
  it('removes it and its recovery codes, ends the sessions, and is audited', async () => {
    const { t, clock } = await clockedApp();
    const admin = await addUser(t, 'admin');
    const adminSession = await signIn(t, admin.email);
    const officer = await addUser(t, 'officer');
    const officerSession = await signIn(t, officer.email);
    await enrolSecondFactor(t, officerSession, clock.now);

    const list = await t.request('/api/users', asSession(adminSession));
    const listed = (await list.json()) as { id: string; secondFactor: boolean }[];
    expect(listed.find((u) => u.id === officer.id)?.secondFactor).toBe(true);

    const res = await t.request(
      `/api/users/${officer.id}/second-factor/reset`,
      asSession(adminSession, 'POST'),
    );
    expect(res.status).toBe(204);
    expect((await t.request('/api/session', asSession(officerSession))).status).toBe(401);
    expect(await t.deps.db.selectFrom('recovery_codes').selectAll().execute()).toEqual([]);
    const row = (await listAudit(t.deps.db)).find((r) => r.action === 'second_factor.reset');
    // The officer's, and the admin's first one, from before the admin had a code.
    expect(row).toMatchObject({
      actorUserId: admin.id,
      target: officer.id,
      details: { removed: true },
    });
    // The password alone signs in again (nobody requires a second factor here).
    await signIn(t, officer.email);

    const missing = await t.request(
      '/api/users/nobody/second-factor/reset',
      asSession(adminSession, 'POST'),
    );
    expect(missing.status).toBe(404);
  });
});
