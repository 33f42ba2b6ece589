// The admin API: creating and disabling accounts, reset links, and the audit trail they leave.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import {
  addUser,
  asSession,
  createAccountsTestApp,
  jsonInit,
  PASSWORD,
  type Session,
  signedInAdmin,
  signIn,
} from '../support/accounts.ts';
import type { TestApp } from '../support/test-app.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** Keeps every response body so a test can check that no secret ever left the server. */
async function adminApp(now?: () => Date) {
  const t = await createAccountsTestApp({ now });
  apps.push(t);
  const bodies: string[] = [];
  const { admin, session } = await signedInAdmin(t);
  const call = async (path: string, init?: RequestInit) => {
    const res = await t.request(path, init);
    const text = await res.text();
    bodies.push(text, JSON.stringify([...res.headers]));
    return { status: res.status, body: text ? JSON.parse(text) : undefined, res };
  };
  const post = (path: string, body?: unknown, as: Session = session) =>
    call(path, asSession(as, 'POST', body));
  return { t, admin, session, bodies, call, post };
}

const NEW_PASSWORD = 'the brand new passphrase';

describe('admin API', () => {
  it('saves no account change whose audit entry could not be written', async () => {
    const { t, admin, post } = await adminApp();
    const target = await addUser(t, 'officer');
    await sql`CREATE TRIGGER audit_down BEFORE INSERT ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`.execute(t.deps.db);
    const created = await post('/api/users', { email: 'new@council.example', role: 'officer' });
    const disabled = await post(`/api/users/${target.id}/disable`);
    const reset = await post(`/api/users/${target.id}/reset`);
    expect([created.status, disabled.status, reset.status]).toEqual([500, 500, 500]);
    expect(JSON.stringify([created.body, disabled.body, reset.body])).not.toContain('audit log');
    const users = await t.deps.db.selectFrom('users').select(['email', 'disabled']).execute();
    expect(users.map((u) => u.email).sort()).toEqual([admin.email, target.email].sort());
    expect(users.every((u) => u.disabled === 0)).toBe(true);
    const links = await t.deps.db.selectFrom('password_resets').select('user_id').execute();
    expect(links).toEqual([]);
    // Once the log is back, the target can still sign in: disabling changed nothing.
    await sql`DROP TRIGGER audit_down`.execute(t.deps.db);
    expect((await signIn(t, target.email)).cookie).toMatch(/^sv_session=/);
  });

  it('creates, lists and disables accounts', async () => {
    const { t, admin, post, call, bodies } = await adminApp();
    const created = await post('/api/users', {
      email: 'Designer@Pact.example',
      role: 'designer',
      forumMember: true,
      password: NEW_PASSWORD,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      user: {
        id: expect.any(String),
        email: 'designer@pact.example',
        role: 'designer',
        forumMember: true,
        disabled: false,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
    const id = created.body.user.id as string;
    const designer = await signIn(t, 'designer@pact.example', NEW_PASSWORD);

    const listed = await call('/api/users', asSession(await signIn(t, admin.email)));
    expect(listed.body.map((u: { email: string }) => u.email)).toEqual([
      admin.email,
      'designer@pact.example',
    ]);

    const disabled = await post(`/api/users/${id}/disable`);
    expect(disabled.body.user.disabled).toBe(true);
    expect((await t.request('/api/session', asSession(designer))).status).toBe(401);
    expect((await post(`/api/users/${id}/enable`)).body.user.disabled).toBe(false);
    expect((await post(`/api/users/${admin.id}/disable`)).status).toBe(409);
    expect((await post('/api/users/no-such-id/disable')).status).toBe(404);

    const all = bodies.join('\n');
    expect(all).not.toContain(NEW_PASSWORD);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toMatch(/scrypt|password_?hash/i);
  });

  it('refuses duplicates, unknown roles and weak passwords', async () => {
    const { admin, post } = await adminApp();
    const taken = await post('/api/users', {
      email: admin.email.toUpperCase(),
      role: 'officer',
      password: NEW_PASSWORD,
    });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'email_taken']);
    const role = await post('/api/users', { email: 'a@b.example', role: 'superuser' });
    expect([role.status, role.body.error.code]).toEqual([400, 'invalid_request']);
    const short = await post('/api/users', {
      email: 'a@b.example',
      role: 'officer',
      password: 'short',
    });
    expect([short.status, short.body.error.code]).toEqual([400, 'weak_password']);
    const same = await post('/api/users', {
      email: 'long.name@b.example',
      role: 'officer',
      password: 'Long.Name@b.example',
    });
    expect([same.status, same.body.error.code]).toEqual([400, 'weak_password']);
  });

  it('gives a one-time reset link that sets a password, ends sessions and expires in 24 h', async () => {
    let now = new Date('2026-11-24T09:00:00Z');
    const { t, post, bodies } = await adminApp(() => now);
    const officer = await addUser(t, 'officer');
    const oldSession = await signIn(t, officer.email);

    const reset = await post(`/api/users/${officer.id}/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({
      link: expect.stringMatching(/^\/officer\/reset-password\?token=[\w-]+$/),
      expiresAt: '2026-11-25T09:00:00.000Z',
    });
    const token = decodeURIComponent(reset.body.link.split('token=')[1]);
    const use = (password: string) =>
      t.request('/api/password-reset', jsonInit('POST', { token, password }));

    const weak = await use(officer.email);
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.code).toBe('weak_password');
    expect((await use(NEW_PASSWORD)).status).toBe(204);
    expect((await t.request('/api/session', asSession(oldSession))).status).toBe(401);
    await signIn(t, officer.email, NEW_PASSWORD);

    const again = await use('yet another passphrase');
    expect(again.status).toBe(400);
    expect((await again.json()).error.code).toBe('invalid_reset_token');

    const second = await post(`/api/users/${officer.id}/reset`);
    const token2 = decodeURIComponent(second.body.link.split('token=')[1]);
    now = new Date(now.getTime() + 24 * 3_600_000 + 1000);
    const late = await t.request(
      '/api/password-reset',
      jsonInit('POST', { token: token2, password: NEW_PASSWORD }),
    );
    expect(late.status).toBe(400);
    expect(bodies.join('\n')).not.toContain(NEW_PASSWORD);
  });

  it('creates an account without a password and returns a link to set one', async () => {
    const { t, post } = await adminApp();
    const created = await post('/api/users', { email: 'new@council.example', role: 'officer' });
    expect(created.status).toBe(201);
    expect(created.body.resetLink).toMatch(/^\/officer\/reset-password\?token=/);
    const token = decodeURIComponent(created.body.resetLink.split('token=')[1]);
    // Before the link is used, no password signs in.
    const res = await t.request(
      '/api/session',
      jsonInit('POST', { email: 'new@council.example', password: 'any guess at all' }),
    );
    expect(res.status).toBe(401);
    await t.request('/api/password-reset', jsonInit('POST', { token, password: NEW_PASSWORD }));
    await signIn(t, 'new@council.example', NEW_PASSWORD);
  });

  it('audits every account change with who and when', async () => {
    const now = new Date('2026-11-24T09:30:00Z');
    const { t, admin, post } = await adminApp(() => now);
    const created = await post('/api/users', {
      email: 'x@council.example',
      role: 'officer',
      password: NEW_PASSWORD,
    });
    const id = created.body.user.id;
    await post(`/api/users/${id}/reset`);
    await post(`/api/users/${id}/disable`);
    const rows = (await listAudit(t.deps.db)).filter((r) => r.actorEmail === admin.email);
    expect(rows.map((r) => r.action).sort()).toEqual([
      'login.success',
      'user.create',
      'user.disable',
      'user.reset_link',
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ actorUserId: admin.id, at: now.toISOString() });
    }
    expect(rows.find((r) => r.action === 'user.create')).toMatchObject({
      target: id,
      details: { email: 'x@council.example', role: 'officer', forumMember: false },
    });
    const text = JSON.stringify(await t.deps.db.selectFrom('audit_log').selectAll().execute());
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toMatch(/scrypt|token=/);
  });
});
