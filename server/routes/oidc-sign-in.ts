// Browser redirects to and from the identity provider, mounted under /api/session/oidc. Both are
// GETs a person's browser follows, so they answer with redirects, never JSON.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../app-deps.ts';
import { beginOidcSignIn, finishOidcSignIn, oidcClient } from '../auth/oidc-sign-in.ts';
import type { OidcConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { limited } from '../rate-limits.ts';
import { answerSignedIn } from './second-factor.ts';

const FLOW_COOKIE = 'sv_oidc';
const COOKIE_PATH = '/api/session/oidc';
const SIGNED_IN_PAGE = '/officer';
/** The sign-in page reads this and explains, e.g. "ask your administrator for an account". */
const problemPage = (problem: string) => `/officer?sign_in_problem=${encodeURIComponent(problem)}`;

export function oidcRoutes(deps: AppDeps) {
  const app = new Hono();
  const oidc: OidcConfig | undefined = deps.config.oidc;
  if (!oidc) {
    app.all('*', () => {
      throw new AppError(
        404,
        'oidc_not_configured',
        'Sign-in with an organisation account is not set up.',
      );
    });
    return app;
  }
  const configuration = oidcClient(oidc);
  // Lax: the provider sends the browser back with a top-level GET, which carries the cookie.
  const cookieOptions = (c: Context) => ({
    httpOnly: true,
    sameSite: 'Lax' as const,
    path: COOKIE_PATH,
    secure: deps.config.secureCookies || new URL(c.req.url).protocol === 'https:',
  });

  // Each start stores a record: limited like code checks, so a loop cannot fill the database.
  app.get('/start', limited(deps.limits.codeCheck), async (c) => {
    let started: Awaited<ReturnType<typeof beginOidcSignIn>>;
    try {
      started = await beginOidcSignIn(deps, oidc, configuration);
    } catch {
      return c.redirect(problemPage('provider_unavailable'), 302);
    }
    setCookie(c, FLOW_COOKIE, started.browserKey, { ...cookieOptions(c), maxAge: 600 });
    return c.redirect(started.url, 302);
  });

  app.get('/callback', async (c) => {
    const browserKey = getCookie(c, FLOW_COOKIE);
    deleteCookie(c, FLOW_COOKIE, cookieOptions(c));
    const search = new URL(c.req.url).search;
    const outcome = await finishOidcSignIn(deps, oidc, configuration, browserKey, search);
    if (outcome.kind === 'refused') return c.redirect(problemPage(outcome.problem), 302);
    await answerSignedIn(deps, c, outcome);
    return c.redirect(SIGNED_IN_PAGE, 302);
  });

  return app;
}
