// Who may call what: one line per route, keyed by method and full path pattern as Hono registers
// it (`app.routes`). The app refuses to start with a route missing here (`access-guard.ts`), and
// tests/http/route-access.test.ts calls every staff route as nobody and as each role.
// Admins pass every `roles(...)` line. Sections follow the route files, so parallel changes
// touch different lines.
import type { Role } from './roles.ts';

/** Public routes say why; staff routes name the roles allowed (admins are always allowed). */
export type Access = { readonly public: string } | { readonly roles: readonly Role[] };

const open = (why: string): Access => ({ public: why });
const roles = (...allowed: Role[]): Access => ({ roles: allowed });

const PARENTS = 'what parents use to answer, never signed in';
const SIGN_IN = 'part of signing in, before there is a session';
const PAGE = 'a page shell or asset; every figure it shows comes from a guarded API route';
const YOU_SAID = 'what the council did about what families said: public, signed-off actions only';
const SIGNED_IN = roles('officer', 'designer');
const OFFICERS = roles('officer');
const READERS = roles('officer', 'designer');
const DESIGNERS = roles('designer');
const ADMINS = roles('admin');

export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  'GET /api/health': open('a load balancer checks it'),
  // routes/health.ts (/metrics checks its own loopback-or-token rule)
  'GET /healthz': open('a load balancer or orchestrator checks it'),
  'GET /readyz': open('a load balancer or orchestrator checks it'),
  'GET /metrics': open('a scraper on this machine, or one holding METRICS_TOKEN'),
  'ALL /api/*': open('the JSON 404 for every unknown API path'),
  // routes/surveys.ts, routes/responses.ts
  'GET /api/surveys': open(PARENTS),
  'GET /api/surveys/:slug': open(PARENTS),
  'POST /api/surveys/:slug/responses': open(PARENTS),
  // routes/session.ts, routes/second-factor.ts, routes/oidc-sign-in.ts
  'POST /api/session': open(SIGN_IN),
  'GET /api/session/options': open(SIGN_IN),
  'POST /api/session/second-factor': open(SIGN_IN),
  'POST /api/session/enrolment': open(SIGN_IN),
  'POST /api/session/enrolment/confirm': open(SIGN_IN),
  'ALL /api/session/oidc/*': open(SIGN_IN),
  'GET /api/session/oidc/start': open(SIGN_IN),
  'GET /api/session/oidc/callback': open(SIGN_IN),
  'GET /api/session': SIGNED_IN,
  'DELETE /api/session': SIGNED_IN,
  'GET /api/session/own-second-factor': SIGNED_IN,
  'POST /api/session/own-second-factor': SIGNED_IN,
  'POST /api/session/own-second-factor/confirm': SIGNED_IN,
  // routes/password-reset.ts
  'POST /api/password-reset': open('the reset link is the credential'),
  // routes/users.ts
  'GET /api/users': ADMINS,
  'POST /api/users': ADMINS,
  'GET /api/users/settings': ADMINS,
  'PUT /api/users/settings': ADMINS,
  'POST /api/users/:id/second-factor/reset': ADMINS,
  'POST /api/users/:id/disable': ADMINS,
  'POST /api/users/:id/enable': ADMINS,
  'POST /api/users/:id/reset': ADMINS,
  // routes/reports.ts, routes/responses-export.ts
  'GET /api/surveys/:slug/report': OFFICERS,
  'GET /api/surveys/:slug/responses-export': OFFICERS,
  // routes/review.ts
  'GET /api/surveys/:slug/safeguarding': OFFICERS,
  'POST /api/surveys/:slug/safeguarding/review': OFFICERS,
  'GET /api/surveys/:slug/answers': OFFICERS,
  'GET /api/surveys/:slug/answers/progress': OFFICERS,
  'PUT /api/surveys/:slug/answers/:responseId/:question/themes': OFFICERS,
  'POST /api/surveys/:slug/quotes': OFFICERS,
  'GET /api/surveys/:slug/agreement': OFFICERS,
  // routes/unmatched-groups.ts
  'GET /api/surveys/:slug/questions/:question/unmatched-groups': OFFICERS,
  // routes/actions.ts (forum members and designers read what the council will do)
  'GET /api/surveys/:slug/actions': READERS,
  'POST /api/surveys/:slug/actions': OFFICERS,
  'PUT /api/surveys/:slug/actions/:id': OFFICERS,
  'DELETE /api/surveys/:slug/actions/:id': OFFICERS,
  // routes/action-history.ts ("You said, we did"; signing off checks forum membership itself)
  'GET /api/surveys/:slug/actions/:id/history': READERS,
  'POST /api/surveys/:slug/actions/:id/updates': OFFICERS,
  'PUT /api/surveys/:slug/actions/:id/texts/:locale': OFFICERS,
  'DELETE /api/surveys/:slug/actions/:id/texts/:locale': OFFICERS,
  'POST /api/surveys/:slug/actions/:id/approval': SIGNED_IN,
  'POST /api/surveys/:slug/actions/remeasure': OFFICERS,
  'GET /api/action-sign-off': READERS,
  'PUT /api/action-sign-off': ADMINS,
  // routes/bursts.ts
  'GET /api/surveys/:slug/bursts': OFFICERS,
  'POST /api/surveys/:slug/set-asides': OFFICERS,
  'POST /api/surveys/:slug/set-asides/:id/undo': OFFICERS,
  // routes/narratives.ts, routes/officer-entries.ts
  'PUT /api/surveys/:slug/narratives/:question': OFFICERS,
  'DELETE /api/surveys/:slug/narratives/:question': OFFICERS,
  // routes/publication.ts, results-page.ts (published results)
  'GET /api/surveys/:slug/publication': OFFICERS,
  'POST /api/surveys/:slug/publication': OFFICERS,
  'DELETE /api/surveys/:slug/publication': OFFICERS,
  'GET /results/:slug': open('published results, for everyone; unpublished ones are a 404'),
  // routes/summary-text.ts
  'PUT /api/surveys/:slug/summary': OFFICERS,
  'DELETE /api/surveys/:slug/summary': OFFICERS,
  'POST /api/surveys/:slug/paper-responses': OFFICERS,
  // routes/officer.ts (designers get the list without response counts)
  'GET /api/officer/surveys': READERS,
  'GET /api/officer/tagging': OFFICERS,
  // routes/codebooks.ts
  'GET /api/codebooks': READERS,
  'GET /api/codebooks/:key': READERS,
  'PUT /api/codebooks/:key': DESIGNERS,
  'POST /api/codebooks/:key/preview': DESIGNERS,
  // routes/model-trainings.ts
  'GET /api/model-trainings': OFFICERS,
  'POST /api/model-trainings': ADMINS,
  'POST /api/model-trainings/:id/install': ADMINS,
  'POST /api/model-trainings/:id/discard': ADMINS,
  // routes/access-codes.ts
  'GET /api/surveys/:slug/access-codes': READERS,
  'POST /api/surveys/:slug/access-codes': DESIGNERS,
  'POST /api/surveys/:slug/access-code-check': open(`${PARENTS}; limited per client`),
  // routes/receipts.ts, routes/site.ts
  'POST /api/receipts/lookup': open(
    `${PARENTS}: the receipt code is the credential; limited per client`,
  ),
  'POST /api/receipts/withdraw': open(
    `${PARENTS}: the receipt code is the credential; limited per client`,
  ),
  'GET /api/site': open('who runs the site and how to contact them, on every public page'),
  // routes/sharing.ts
  'GET /api/surveys/:slug/share': READERS,
  'GET /api/surveys/:slug/qr.png': READERS,
  'GET /api/surveys/:slug/qr.svg': READERS,
  // routes/designs.ts
  'POST /api/surveys': DESIGNERS,
  'GET /api/surveys/:slug/design': READERS,
  'PUT /api/surveys/:slug/draft': DESIGNERS,
  'PATCH /api/surveys/:slug': DESIGNERS,
  'GET /api/surveys/:slug/checks': READERS,
  'GET /api/surveys/:slug/approvals': READERS,
  'POST /api/surveys/:slug/approvals': READERS,
  'POST /api/surveys/:slug/publish': DESIGNERS,
  'POST /api/surveys/:slug/close': DESIGNERS,
  'GET /api/surveys/:slug/versions': READERS,
  'GET /api/surveys/:slug/versions/:n': READERS,
  'GET /api/designer/templates': READERS,
  // routes/you-said-we-did.ts
  'GET /you-said-we-did': open(YOU_SAID),
  'GET /you-said-we-did/feed.atom': open(YOU_SAID),
  'GET /you-said-we-did/year/:year': open(YOU_SAID),
  'GET /you-said-we-did/year/:year/download': open(YOU_SAID),
  'GET /you-said-we-did/:slug': open(YOU_SAID),
  'GET /you-said-we-did/:slug/:locale': open(YOU_SAID),
  'GET /api/designer/survey-core-wording': READERS,
  // routes/sign-off-requests.ts (designers ask; everyone signed in sees what waits for them)
  'GET /api/surveys/:slug/sign-off-requests': READERS,
  'POST /api/surveys/:slug/sign-off-requests': DESIGNERS,
  'GET /api/sign-off/approvers': DESIGNERS,
  'GET /api/sign-off/waiting': SIGNED_IN,
  // client-assets.ts
  'GET /': open(PAGE),
  'GET /s/:slug': open(PAGE),
  'GET /s/:slug/': open(PAGE),
  'GET /embed/:slug': open(PAGE),
  'GET /embed/:slug/': open(PAGE),
  'GET /accessibility': open(PAGE),
  'GET /privacy': open(PAGE),
  'GET /receipt': open(PAGE),
  'GET /preview': open(PAGE),
  'GET /officer': open(PAGE),
  'GET /officer/': open(PAGE),
  'GET /officer/*': open(PAGE),
  'GET /designer': open(PAGE),
  'GET /designer/': open(PAGE),
  'GET /designer/*': open(PAGE),
  'GET /assets/*': open(PAGE),
  'GET /favicon.svg': open(PAGE),
};
