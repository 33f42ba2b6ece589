// Signing in and out of the officers' side. POST needs no session (and so no CSRF token); GET and
// DELETE go through the session middleware.
import { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../db/audit-repository.ts';
import { deleteSession } from '../../db/sessions-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import { clearSessionCookie } from '../auth/session-cookie.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { signIn, warmUpSignIn } from '../auth/sign-in.ts';
import { AppError, errorBody } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { oidcRoutes } from './oidc-sign-in.ts';
import { answerSignedIn, secondFactorRoutes } from './second-factor.ts';

const signInSchema = z.strictObject({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(4096),
});

export function sessionRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  warmUpSignIn(deps);

  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.post('/', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const body = await readJsonBody(c, signInSchema);
    const result = await signIn(deps, body.email, body.password);
    if (result.kind === 'locked') {
      return c.json(
        errorBody(
          'too_many_attempts',
          'Too many failed attempts to sign in to this account. Try again later.',
        ),
        429,
        { 'Retry-After': String(result.retryAfterSeconds) },
      );
    }
    if (result.kind === 'invalid') {
      throw new AppError(401, 'invalid_credentials', 'The e-mail or password is not right.');
    }
    if (result.kind !== 'signed_in') {
      // The password was right; the session waits for a code (or for one to be set up).
      return c.json({ next: result.kind, pendingToken: result.pendingToken });
    }
    // A session the browser already held is ended, so one cookie never names two sessions.
    return c.json(await answerSignedIn(deps, c, result));
  });

  app.route('/', secondFactorRoutes(deps));
  app.route('/oidc', oidcRoutes(deps));

  /** What the sign-in page offers besides the password. */
  app.get('/options', (c) => c.json({ organisationSignIn: deps.config.oidc !== undefined }));

  app.get('/', (c) => {
    const { user, csrfToken } = currentAuth(c);
    return c.json(csrfToken ? { user, csrfToken } : { user });
  });

  app.delete('/', async (c) => {
    const { user, via, sessionId } = currentAuth(c);
    if (via === 'session' && sessionId) {
      await deleteSession(deps.db, sessionId);
      clearSessionCookie(c, deps.config);
      const actor = { id: user.id, email: user.email };
      await audit(deps.db, { actor, action: 'logout', target: user.id, at: deps.now() });
    }
    return c.body(null, 204);
  });

  return app;
}
