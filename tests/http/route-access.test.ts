// Walks the real app's route table: every route has a declared access, every staff route refuses
// nobody (401) and each role it does not allow (403) without writing anything, and lets in the
// roles it allows. Public routes are listed here, each with its reason, so opening one up is a
// visible change to this file.
import { Hono } from 'hono';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessGuard,
  answers,
  assertEveryRouteDeclared,
  routeKey,
  undeclaredRoutes,
} from '../../server/auth/access-guard.ts';
import { ROLES, type Role } from '../../server/auth/roles.ts';
import { ROUTE_ACCESS } from '../../server/auth/route-access.ts';
import { createErrorHandler } from '../../server/errors.ts';
import { addUser, asToken, createAccountsTestApp, tokenFor } from '../support/accounts.ts';
import { SHIPPED_SURVEYS_DIR, type TestApp } from '../support/test-app.ts';

const PUBLIC: Record<string, string> = {
  'GET /api/health': 'health check for the load balancer',
  'GET /healthz': 'liveness for the load balancer or orchestrator',
  'GET /readyz': 'readiness for the load balancer or orchestrator',
  'GET /metrics': 'loopback scrapers, or METRICS_TOKEN; tests/http/health-and-metrics.test.ts',
  'ALL /api/*': 'the JSON 404 for unknown API paths',
  'GET /api/surveys': 'parents list open surveys',
  'GET /api/surveys/:slug': 'parents open a survey',
  'POST /api/surveys/:slug/responses': 'parents send answers',
  'POST /api/surveys/:slug/access-code-check': 'parents check their code (rate-limited)',
  'POST /api/session': 'signing in',
  'GET /api/session/options': 'the sign-in page asks what it offers',
  'POST /api/session/second-factor': 'signing in: the code after the password',
  'POST /api/session/enrolment': 'signing in: setting up a required second factor',
  'POST /api/session/enrolment/confirm': 'signing in: confirming it',
  'ALL /api/session/oidc/*': 'organisation sign-in, when not set up (404)',
  'GET /api/session/oidc/start': 'organisation sign-in starts before any session',
  'GET /api/session/oidc/callback': 'organisation sign-in returns before any session',
  'POST /api/password-reset': 'the reset link is the credential',
  'GET /results/:slug': 'published results, for everyone (unpublished: 404)',
  'GET /you-said-we-did': 'what the council did about what families said, every survey',
  'GET /you-said-we-did/feed.atom': 'the same as an Atom feed for the Local Offer website',
  'GET /you-said-we-did/year/:year': 'the yearly summary regulation 56 asks for',
  'GET /you-said-we-did/year/:year/download': 'the yearly summary as a file',
  'GET /you-said-we-did/:slug': 'what the council did about one survey',
  'GET /you-said-we-did/:slug/:locale': 'the same in easy read or another language',
  'POST /api/receipts/lookup': 'parents look up their answers with a receipt code (rate-limited)',
  'POST /api/receipts/withdraw':
    'parents withdraw their answers with a receipt code (rate-limited)',
  'GET /api/site': 'the organisation and its contact, named on every public page',
};
const PAGES =
  /^GET \/(|s\/.*|embed\/.*|accessibility|privacy|receipt|preview|officer.*|designer.*|assets\/\*|favicon\.svg)$/;
interface ErrorBody {
  error: { code: string };
}
const SLUG = 'send-parent-experience';
const ID = '00000000-0000-4000-8000-000000000000';
const PARAMS: Record<string, string> = { slug: SLUG, id: ID, responseId: ID, key: 'default' };

/** A concrete request path for a route pattern. */
const pathOf = (pattern: string) =>
  pattern.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? '1').replace(/\*$/, 'x');

let t: TestApp;
const tokens = new Map<Role, string>();
beforeAll(async () => {
  // A fixed clock: a credential's last use is written once, not again on every request.
  const at = new Date('2026-03-02T10:00:00Z');
  t = await createAccountsTestApp({ surveysDir: SHIPPED_SURVEYS_DIR, now: () => at });
  for (const role of ROLES) {
    const token = await tokenFor(t, (await addUser(t, role)).id);
    expect((await t.request('/api/session', asToken(token))).status).toBe(200);
    tokens.set(role, token);
  }
});
afterAll(async () => t.close());

/** Every row of every table: a refused request must leave this unchanged. */
async function snapshot() {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' order by name`.execute(t.deps.db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql`select * from ${sql.table(name)}`.execute(t.deps.db);
    parts.push(name, JSON.stringify(rows.rows));
  }
  return parts.join('\n');
}

const send = (key: string, token?: string) => {
  const [method = 'GET', pattern = '/'] = key.split(' ');
  const init = token
    ? asToken(token, method, method === 'GET' ? undefined : {})
    : { method, headers: { 'content-type': 'application/json' } };
  return t.request(pathOf(pattern), init);
};

describe('the route table', () => {
  it('declares every route of the app, and nothing it does not serve but optional routes', () => {
    const served = new Set(t.app.routes.map(routeKey));
    expect(undeclaredRoutes(t.app.routes)).toEqual([]);
    const optional = ['GET /api/session/oidc/start', 'GET /api/session/oidc/callback'];
    const stale = Object.keys(ROUTE_ACCESS).filter((k) => !served.has(k) && !PAGES.test(k));
    expect(stale.filter((k) => !optional.includes(k))).toEqual([]);
  });

  it('lists exactly the public routes named in this test, besides the pages', () => {
    const open = Object.entries(ROUTE_ACCESS)
      .filter(([key, access]) => 'public' in access && !PAGES.test(key))
      .map(([key]) => key);
    expect(open.sort()).toEqual(Object.keys(PUBLIC).sort());
  });

  it('serves no staff route that the checks below leave out', () => {
    const served = [...new Set(t.app.routes.filter(answers).map(routeKey))];
    expect(served.filter((key) => !PUBLIC[key] && !PAGES.test(key)).sort()).toEqual(
      STAFF.map(([key]) => key).sort(),
    );
  });
});

const STAFF = Object.entries(ROUTE_ACCESS).flatMap(([key, access]) =>
  'roles' in access ? [[key, access.roles] as const] : [],
);

describe.each(STAFF)('%s', (key, allowed) => {
  it('refuses nobody and every role not allowed, writing nothing; lets the others in', async () => {
    const before = await snapshot();
    const anonymous = await send(key);
    expect(anonymous.status, 'without credentials').toBe(401);
    for (const role of ROLES.filter((r) => r !== 'admin' && !allowed.includes(r))) {
      expect((await send(key, tokens.get(role))).status, `as ${role}`).toBe(403);
    }
    expect(await snapshot(), 'wrote on refusal').toBe(before);
    for (const role of [...allowed, 'admin' as const]) {
      const res = await send(key, tokens.get(role));
      // A handler may still refuse for its own reason (a designer outside the parent carer forum
      // cannot approve a draft: 403 cannot_approve), never for the role.
      const code = res.status === 403 ? ((await res.json()) as ErrorBody).error.code : undefined;
      expect(res.status, `as ${role}`).not.toBe(401);
      expect(code, `as ${role}`).not.toBe('forbidden');
    }
  });
});

describe('a route without a declaration', () => {
  it('stops the app starting', () => {
    const app = new Hono().get('/api/new-thing', (c) => c.json({}));
    expect(() => assertEveryRouteDeclared(app.routes)).toThrow(/GET \/api\/new-thing/);
  });

  it('is answered with a 500, never served, if it slips past the start-up check', async () => {
    const app = new Hono();
    app.use(accessGuard(t.deps, { 'GET /declared': { roles: ['officer'] } }));
    app.get('/declared', (c) => c.json({ ok: true }));
    app.get('/undeclared', (c) => c.json({ secret: true }));
    app.onError(createErrorHandler(t.deps.logger));
    expect((await app.request('/declared')).status).toBe(401);
    const res = await app.request('/undeclared');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret');
  });
});
