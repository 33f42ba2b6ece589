// Who may call what: 401 without an account, 403 with the wrong role, CSRF for cookie sessions,
// bearer tokens for scripts.
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../db/audit-repository.ts';
import { requireUser, revokeApiTokens } from '../../server/auth/accounts.ts';
import { requireRole } from '../../server/auth/require-role.ts';
import { type AuthEnv, sessionMiddleware } from '../../server/auth/session-middleware.ts';
import { createErrorHandler } from '../../server/errors.ts';
import {
  addUser,
  asSession,
  asToken,
  createAccountsTestApp,
  jsonInit,
  signIn,
  tokenFor,
} from '../support/accounts.ts';
import type { TestApp } from '../support/test-app.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function app() {
  const t = await createAccountsTestApp();
  apps.push(t);
  return t;
}

/** A route as other parts of the app will write one: officers (and admins) only. */
function officerRoute(t: TestApp) {
  const route = new Hono<AuthEnv>();
  route.use('*', sessionMiddleware(t.deps), requireRole('officer'));
  route.get('/report', (c) => c.json({ for: c.get('auth')?.user.email }));
  route.post('/report', (c) => c.json({ ok: true }));
  route.onError(createErrorHandler(t.deps.logger));
  return route;
}

const code = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;

describe('requireRole', () => {
  it('answers 401 without an account and 403 for the wrong role; admin always passes', async () => {
    const t = await app();
    const route = officerRoute(t);
    const anonymous = await route.request('/report');
    expect(anonymous.status).toBe(401);
    expect(await code(anonymous)).toBe('unauthenticated');

    for (const role of ['officer', 'admin', 'designer'] as const) {
      const person = await addUser(t, role);
      const session = await signIn(t, person.email);
      const res = await route.request('/report', asSession(session));
      if (role === 'designer') {
        expect(res.status).toBe(403);
        expect(await code(res)).toBe('forbidden');
      } else {
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ for: person.email });
      }
    }
  });

  it('guards the admin API: 401, then 403 for officers and designers, 200 for admins', async () => {
    const t = await app();
    expect((await t.request('/api/users')).status).toBe(401);
    for (const role of ['officer', 'designer'] as const) {
      const session = await signIn(t, (await addUser(t, role)).email);
      const res = await t.request('/api/users', asSession(session));
      expect(res.status).toBe(403);
      expect(await code(res)).toBe('forbidden');
    }
    const admin = await signIn(t, (await addUser(t, 'admin')).email);
    expect((await t.request('/api/users', asSession(admin))).status).toBe(200);
  });

  it('leaves the public survey API alone', async () => {
    const t = await app();
    expect((await t.request('/api/surveys')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('needs the session token in X-CSRF-Token for state-changing cookie requests', async () => {
    const t = await app();
    const route = officerRoute(t);
    const session = await signIn(t, (await addUser(t, 'officer')).email);
    const missing = await route.request('/report', asSession(session, 'POST', {}, { csrf: false }));
    expect(missing.status).toBe(403);
    expect(await code(missing)).toBe('csrf_failed');
    const wrong = await route.request(
      '/report',
      jsonInit('POST', {}, { cookie: session.cookie, 'x-csrf-token': 'guess' }),
    );
    expect(wrong.status).toBe(403);
    expect((await route.request('/report', asSession(session, 'POST', {}))).status).toBe(200);
    // Reading needs no token.
    expect(
      (await route.request('/report', asSession(session, 'GET', undefined, { csrf: false })))
        .status,
    ).toBe(200);
  });

  it('is not needed with a bearer token', async () => {
    const t = await app();
    const route = officerRoute(t);
    const officer = await addUser(t, 'officer');
    const token = await tokenFor(t, officer.id);
    expect(token).toMatch(/^svt_/);
    expect((await route.request('/report', asToken(token, 'POST', {}))).status).toBe(200);
    const me = await t.request('/api/session', asToken(token));
    expect(await me.json()).toEqual({ user: expect.objectContaining({ id: officer.id }) });
  });

  it('cannot be skipped with a junk Authorization header next to a cookie', async () => {
    const t = await app();
    const route = officerRoute(t);
    const session = await signIn(t, (await addUser(t, 'officer')).email);
    const res = await route.request(
      '/report',
      jsonInit('POST', {}, { cookie: session.cookie, authorization: 'Bearer junk' }),
    );
    expect(res.status).toBe(401);
  });
});

describe('bearer tokens', () => {
  it('are stored hashed, and stop working when revoked or the account is disabled', async () => {
    const t = await app();
    const officer = await addUser(t, 'officer');
    const token = await tokenFor(t, officer.id);
    const rows = await t.deps.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await t.request('/api/session', asToken(token))).status).toBe(200);

    const revoked = await tokenFor(t, officer.id);
    await revokeApiTokens(t.deps, CLI_ACTOR, await requireUser(t.deps, officer.id));
    expect((await t.request('/api/session', asToken(revoked))).status).toBe(401);

    const kept = await tokenFor(t, officer.id);
    const admin = await signIn(t, (await addUser(t, 'admin')).email);
    const disabled = await t.request(`/api/users/${officer.id}/disable`, asSession(admin, 'POST'));
    expect(disabled.status).toBe(200);
    expect((await t.request('/api/session', asToken(kept))).status).toBe(401);
    expect((await t.request('/api/session', asToken('svt_made_up'))).status).toBe(401);
  });
});
