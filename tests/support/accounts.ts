// Accounts for tests: create people directly (no admin needed), sign in over HTTP, and build
// requests that carry a session cookie and CSRF token or a bearer token.
import { Secret, TOTP } from 'otpauth';
import { CLI_ACTOR } from '../../db/audit-repository.ts';
import { createAccount, createApiToken, requireUser } from '../../server/auth/accounts.ts';
import type { Role } from '../../server/auth/roles.ts';
import { createTestApp, type TestApp, type TestAppOptions, writeSurveysDir } from './test-app.ts';

export const PASSWORD = 'a long enough passphrase';

/** A test app whose passwords hash with cheap scrypt (NODE_ENV=test), and no surveys to seed. */
export function createAccountsTestApp(options: TestAppOptions = {}) {
  noSurveys ??= writeSurveysDir([]);
  return createTestApp({
    surveysDir: noSurveys,
    ...options,
    env: { NODE_ENV: 'test', ...options.env },
  });
}
let noSurveys: string | undefined;

let counter = 0;

export async function addUser(
  t: TestApp,
  role: Role,
  options: { email?: string; password?: string; forumMember?: boolean } = {},
) {
  counter += 1;
  const email = options.email ?? `${role}${counter}@council.example`;
  const password = options.password ?? PASSWORD;
  const user = await createAccount(t.deps, CLI_ACTOR, {
    email,
    role,
    password,
    forumMember: options.forumMember,
  });
  return { id: user.id, email: user.email, password, role };
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

export function jsonInit(method: string, body?: unknown, headers: Record<string, string> = {}) {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  } satisfies RequestInit;
}

export async function signIn(t: TestApp, email: string, password = PASSWORD): Promise<Session> {
  const res = await t.request('/api/session', jsonInit('POST', { email, password }));
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Request options carrying the session cookie and, unless csrf is false, its CSRF token. */
export function asSession(
  session: Session,
  method = 'GET',
  body?: unknown,
  options: { csrf?: boolean } = {},
) {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (options.csrf !== false) headers['x-csrf-token'] = session.csrfToken;
  return jsonInit(method, body, headers);
}

export function asToken(token: string, method = 'GET', body?: unknown) {
  return jsonInit(method, body, { authorization: `Bearer ${token}` });
}

export async function tokenFor(t: TestApp, userId: string) {
  return createApiToken(t.deps, CLI_ACTOR, await requireUser(t.deps, userId));
}

/** An admin signed in, for tests of the admin API. */
export async function signedInAdmin(t: TestApp) {
  const admin = await addUser(t, 'admin');
  return { admin, session: await signIn(t, admin.email) };
}

/** The authenticator app's code for a secret at a moment (the test's clock). */
export const totpCode = (secret: string, at: Date) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });

/** Sets up a second factor for a signed-in person; returns the secret and recovery codes. */
export async function enrolSecondFactor(t: TestApp, session: Session, at: Date) {
  const started = await t.request('/api/session/own-second-factor', asSession(session, 'POST'));
  if (started.status !== 200) throw new Error(`enrolment failed: ${started.status}`);
  const { secret } = (await started.json()) as { secret: string };
  const confirmed = await t.request(
    '/api/session/own-second-factor/confirm',
    asSession(session, 'POST', { code: totpCode(secret, at) }),
  );
  if (confirmed.status !== 200) throw new Error(`confirmation failed: ${confirmed.status}`);
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
  return { secret, recoveryCodes };
}

/** The session cookie a response set, for requests that follow it. */
export const cookieOf = (res: Response) =>
  (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
