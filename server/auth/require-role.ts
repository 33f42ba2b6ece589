// Who is calling and the 403 for the wrong role. The app's routes declare their roles in
// route-access.ts (enforced by access-guard.ts); requireRole is for apps built outside createApp.
// An admin passes every guard.
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';
import type { Role } from './roles.ts';
import type { Auth, AuthEnv } from './session-middleware.ts';

export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', 'Sign in to use this part of the site.');

/** The signed-in caller, or a 401. */
export function currentAuth(c: Context<AuthEnv>): Auth {
  const auth = c.get('auth');
  // undefined (not null) means the session middleware never ran: a wiring mistake, so fail
  // closed with a 500 that the error handler logs rather than a misleading 401.
  if (auth === undefined) throw new Error('requireRole used on a route without sessionMiddleware');
  if (auth === null) throw unauthenticated();
  return auth;
}

export const forbidden = () =>
  new AppError(403, 'forbidden', 'Your account does not have access to this.');

export function requireRole(...roles: Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const { user } = currentAuth(c);
    if (user.role !== 'admin' && !roles.includes(user.role)) {
      throw forbidden();
    }
    await next();
  };
}
