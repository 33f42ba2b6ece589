// Signing in and out: cookies, CSRF tokens, expiry and what a response may carry.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addUser,
  asSession,
  createAccountsTestApp,
  jsonInit,
  PASSWORD,
  signIn,
} from '../support/accounts.ts';
import type { TestApp } from '../support/test-app.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function app(options: Parameters<typeof createAccountsTestApp>[0] = {}) {
  const t = await createAccountsTestApp(options);
  apps.push(t);
  return t;
}

const login = (t: TestApp, email: string, password: string, headers = {}) =>
  t.request('/api/session', jsonInit('POST', { email, password }, headers));

describe('POST /api/session', () => {
  it('redoes a cheaply hashed password at the standard scrypt cost when its owner signs in', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-rehash-'));
    try {
      const fast = await app({ env: { DATA_DIR: dataDir, PASSWORD_HASHING: 'fast' } });
      const officer = await addUser(fast, 'officer');
      const storedHash = () =>
        fast.deps.db
          .selectFrom('users')
          .select('password_hash')
          .where('id', '=', officer.id)
          .executeTakeFirstOrThrow()
          .then((r) => r.password_hash ?? '');
      expect(await storedHash()).toMatch(/^\$scrypt\$ln=8,/);

      const standard = await app({ env: { DATA_DIR: dataDir, PASSWORD_HASHING: 'standard' } });
      expect((await login(standard, officer.email, PASSWORD)).status).toBe(200);
      expect(await storedHash()).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
      expect((await login(standard, officer.email, PASSWORD)).status).toBe(200);
    } finally {
      for (const t of apps.splice(0)) await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('signs in with a session cookie and returns the user and a CSRF token', async () => {
    const t = await app();
    const officer = await addUser(t, 'officer', { email: 'Officer@Council.example' });
    const res = await login(t, 'OFFICER@council.example ', PASSWORD);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      user: {
        id: officer.id,
        email: 'officer@council.example',
        role: 'officer',
        forumMember: false,
      },
      csrfToken: expect.stringMatching(/^[\w-]{40,}$/),
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sv_session=[\w-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toMatch(/Max-Age|Expires/);
    // Only a hash of the cookie's token is stored.
    const token = cookie.slice('sv_session='.length, cookie.indexOf(';'));
    const rows = await t.deps.db.selectFrom('sessions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('marks the cookie Secure over HTTPS or with SECURE_COOKIES=true', async () => {
    const t = await app();
    const officer = await addUser(t, 'officer');
    const https = await t.app.request(
      'https://voice.example/api/session',
      jsonInit('POST', { email: officer.email, password: PASSWORD }),
    );
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/);
    const proxied = await app({ env: { SECURE_COOKIES: 'true' } });
    const other = await addUser(proxied, 'officer');
    const res = await login(proxied, other.email, PASSWORD);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const t = await app();
    const officer = await addUser(t, 'officer');
    const wrong = await login(t, officer.email, 'not the right passphrase');
    const unknown = await login(t, 'nobody@council.example', PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
    expect(b).toEqual(a);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a disabled account, even with the right password', async () => {
    const t = await app();
    const officer = await addUser(t, 'officer');
    const session = await signIn(t, officer.email);
    await t.deps.db.updateTable('users').set({ disabled: 1 }).execute();
    expect((await login(t, officer.email, PASSWORD)).status).toBe(401);
    expect((await t.request('/api/session', asSession(session))).status).toBe(401);
  });

  it('refuses malformed bodies with the usual errors', async () => {
    const t = await app();
    const res = await login(t, '', '');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_request');
    const text = await t.request('/api/session', { method: 'POST', body: 'x' });
    expect(text.status).toBe(415);
  });
});

describe('GET and DELETE /api/session', () => {
  it('shows the signed-in user, then signs out and deletes the session row', async () => {
    const t = await app();
    const designer = await addUser(t, 'designer', { forumMember: true });
    const session = await signIn(t, designer.email);
    const me = await t.request('/api/session', asSession(session));
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      user: { id: designer.id, email: designer.email, role: 'designer', forumMember: true },
      csrfToken: session.csrfToken,
    });

    const withoutCsrf = await t.request(
      '/api/session',
      asSession(session, 'DELETE', undefined, { csrf: false }),
    );
    expect(withoutCsrf.status).toBe(403);
    expect((await withoutCsrf.json()).error.code).toBe('csrf_failed');

    const out = await t.request('/api/session', asSession(session, 'DELETE'));
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^sv_session=;.*Max-Age=0/);
    expect(await t.deps.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
    const after = await t.request('/api/session', asSession(session));
    expect(after.status).toBe(401);
    expect(await after.json()).toEqual({
      error: { code: 'unauthenticated', message: expect.any(String) },
    });
  });

  it('answers 401 without a cookie, and with a made-up one', async () => {
    const t = await app();
    expect((await t.request('/api/session')).status).toBe(401);
    const res = await t.request('/api/session', { headers: { cookie: 'sv_session=forged' } });
    expect(res.status).toBe(401);
  });

  it('ends a session left unused for SESSION_TTL_HOURS, sliding while it is used', async () => {
    let now = new Date('2026-11-24T09:00:00Z');
    const t = await app({ now: () => now, env: { SESSION_TTL_HOURS: '2' } });
    const officer = await addUser(t, 'officer');
    const session = await signIn(t, officer.email);
    const later = (minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
    };
    later(110);
    expect((await t.request('/api/session', asSession(session))).status).toBe(200);
    later(110); // 3h40 after sign-in, but only 1h50 after last use
    expect((await t.request('/api/session', asSession(session))).status).toBe(200);
    later(121);
    expect((await t.request('/api/session', asSession(session))).status).toBe(401);
  });

  it('replaces the session a browser already had when it signs in again', async () => {
    const t = await app();
    const officer = await addUser(t, 'officer');
    const first = await signIn(t, officer.email);
    const again = await login(t, officer.email, PASSWORD, { cookie: first.cookie });
    expect(again.status).toBe(200);
    expect((await t.request('/api/session', asSession(first))).status).toBe(401);
    expect(await t.deps.db.selectFrom('sessions').selectAll().execute()).toHaveLength(1);
  });
});
