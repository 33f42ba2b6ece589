// Sign-in through the council's identity provider: a real OpenID Connect provider on loopback,
// driven through its login and consent forms. Only an existing, enabled account whose verified
// e-mail matches is signed in; roles are the app's own.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeSetting } from '../../db/app-settings-repository.ts';
import { listAudit } from '../../db/audit-repository.ts';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { addUser, createAccountsTestApp } from '../support/accounts.ts';
import {
  OIDC_REDIRECT_URL,
  signInAtProvider,
  startOidcProvider,
} from '../support/oidc-provider.ts';
import type { TestApp } from '../support/test-app.ts';

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
beforeAll(async () => {
  provider = await startOidcProvider({
    'alex-001': { email: 'Alex.Officer@council.example', email_verified: true },
    'sam-002': { email: 'sam.stranger@council.example', email_verified: true },
    'kim-003': { email: 'kim.unverified@council.example', email_verified: false },
  });
});
afterAll(async () => provider.close());

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function oidcApp() {
  const t = await createAccountsTestApp({ env: provider.env });
  apps.push(t);
  return t;
}

const cookieNamed = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);

/** The browser's round trip: the app's start, the provider's forms, the app's callback. */
async function signInThroughProvider(t: TestApp, sub: string) {
  const start = await t.request('/api/session/oidc/start');
  expect(start.status).toBe(302);
  const flowCookie = cookieNamed(start, 'sv_oidc') ?? '';
  const authorization = new URL(start.headers.get('location') ?? '');
  expect(authorization.origin).toBe(provider.issuer);
  expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
  const back = await signInAtProvider(authorization.href, sub);
  const callback = `${back.pathname}${back.search}`;
  const res = await t.request(callback, { headers: { cookie: flowCookie } });
  return { res, callback, flowCookie };
}

describe('signing in with an organisation account', () => {
  it('signs in the account with the verified e-mail, with its own role and no code asked', async () => {
    const t = await oidcApp();
    const officer = await addUser(t, 'officer', { email: 'alex.officer@council.example' });
    // Even with second factors required, the provider is trusted for it.
    await writeSetting(t.deps.db, 'require_second_factor', 'true', new Date().toISOString());

    const { res } = await signInThroughProvider(t, 'alex-001');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/officer');
    const session = cookieNamed(res, 'sv_session');
    expect(session).toBeDefined();

    const me = await t.request('/api/session', { headers: { cookie: session ?? '' } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { id: officer.id, role: 'officer' } });
    const surveys = await t.request('/api/officer/surveys', { headers: { cookie: session ?? '' } });
    expect(surveys.status).toBe(200);
    const admins = await t.request('/api/users', { headers: { cookie: session ?? '' } });
    expect(admins.status).toBe(403);

    const success = (await listAudit(t.deps.db)).find((r) => r.action === 'login.success');
    expect(success).toMatchObject({ actorUserId: officer.id, details: { method: 'oidc' } });
    const stored = await t.deps.db.selectFrom('sessions').select('method').execute();
    expect(stored).toEqual([{ method: 'oidc' }]);
    // The flow's record is used up.
    expect(await t.deps.db.selectFrom('oidc_sign_ins').selectAll().execute()).toEqual([]);
  });

  it('creates no account for an e-mail the app does not know, and says so', async () => {
    const t = await oidcApp();
    const { res } = await signInThroughProvider(t, 'sam-002');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/officer?sign_in_problem=no_account');
    expect(cookieNamed(res, 'sv_session')).toBeUndefined();
    expect(await t.deps.db.selectFrom('users').selectAll().execute()).toEqual([]);
    expect(await t.deps.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
    const failure = (await listAudit(t.deps.db)).find((r) => r.action === 'login.failure');
    expect(failure).toMatchObject({
      actorEmail: 'sam.stranger@council.example',
      details: { reason: 'no_account', method: 'oidc' },
    });
  });

  it('refuses an e-mail the provider has not verified, and a disabled account', async () => {
    const t = await oidcApp();
    await addUser(t, 'officer', { email: 'kim.unverified@council.example' });
    const unverified = await signInThroughProvider(t, 'kim-003');
    expect(unverified.res.headers.get('location')).toBe(
      '/officer?sign_in_problem=email_not_verified',
    );
    const alex = await addUser(t, 'officer', { email: 'alex.officer@council.example' });
    await t.deps.db.updateTable('users').set({ disabled: 1 }).where('id', '=', alex.id).execute();
    const disabled = await signInThroughProvider(t, 'alex-001');
    expect(disabled.res.headers.get('location')).toBe('/officer?sign_in_problem=no_account');
    expect(await t.deps.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('refuses a callback from another browser, and one replayed', async () => {
    const t = await oidcApp();
    await addUser(t, 'officer', { email: 'alex.officer@council.example' });
    const start = await t.request('/api/session/oidc/start');
    const back = await signInAtProvider(start.headers.get('location') ?? '', 'alex-001');
    const callback = `${back.pathname}${back.search}`;
    // Without the cookie of the browser that started (a link planted by someone else).
    const elsewhere = await t.request(callback);
    expect(elsewhere.headers.get('location')).toBe('/officer?sign_in_problem=expired');

    const { callback: used, flowCookie } = await signInThroughProvider(t, 'alex-001');
    const replay = await t.request(used, { headers: { cookie: flowCookie } });
    expect(replay.headers.get('location')).toBe('/officer?sign_in_problem=expired');
    // A forged state with the right cookie is refused by the checks.
    const fresh = await t.request('/api/session/oidc/start');
    const cookie = cookieNamed(fresh, 'sv_oidc') ?? '';
    const forged = await t.request('/api/session/oidc/callback?code=made-up&state=made-up', {
      headers: { cookie },
    });
    expect(forged.headers.get('location')).toBe('/officer?sign_in_problem=provider_refused');
  });

  it('tells the sign-in page whether to offer it', async () => {
    const t = await oidcApp();
    expect(await (await t.request('/api/session/options')).json()).toEqual({
      organisationSignIn: true,
    });
    const plain = await createAccountsTestApp();
    apps.push(plain);
    expect(await (await plain.request('/api/session/options')).json()).toEqual({
      organisationSignIn: false,
    });
    expect((await plain.request('/api/session/oidc/start')).status).toBe(404);
  });
});

describe('organisation sign-in settings', () => {
  const base = {
    OIDC_ISSUER: 'https://login.council.example',
    OIDC_CLIENT_ID: 'send-voice',
    OIDC_CLIENT_SECRET: 'secret',
    OIDC_REDIRECT_URL: 'https://voice.council.example/api/session/oidc/callback',
  };
  it('are all four or none, https away from this machine, with the callback path', () => {
    expect(loadConfig(base).oidc?.issuer).toBe('https://login.council.example');
    expect(loadConfig({}).oidc).toBeUndefined();
    const { OIDC_CLIENT_SECRET: _, ...partial } = base;
    expect(() => loadConfig(partial)).toThrow(/go together/);
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'http://login.council.example' })).toThrow(
      /OIDC_ISSUER must start with https/,
    );
    expect(() =>
      loadConfig({ ...base, OIDC_REDIRECT_URL: 'https://voice.council.example/callback' }),
    ).toThrow(ConfigError);
    expect(loadConfig({ ...base, OIDC_REDIRECT_URL }).oidc?.redirectUrl).toBe(OIDC_REDIRECT_URL);
  });
});
