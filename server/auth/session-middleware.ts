// Who is calling: a session cookie (browsers) or a bearer token (scripts). Run by access-guard.ts
// for staff routes only, so the public survey and response endpoints never touch these tables.
import type { Context, MiddlewareHandler } from 'hono';
import {
  findApiToken,
  findLiveSession,
  touchApiToken,
  touchSession,
} from '../../db/sessions-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';
import { type PublicUser, toPublicUser } from './roles.ts';
import { safeEqual, sha256Hex } from './secrets.ts';
import { clearSessionCookie, readSessionCookie } from './session-cookie.ts';

export interface Auth {
  user: PublicUser;
  via: 'session' | 'token';
  /** Present for cookie sessions: state-changing requests must echo it in X-CSRF-Token. */
  csrfToken?: string;
  /** The session row's id (a hash), for signing out. */
  sessionId?: string;
  /** For cookie sessions: password, second_factor or oidc. */
  method?: string;
}

/** Hono environment of routes behind the middleware: `c.get('auth')` is null when signed out. */
export type AuthEnv = { Variables: { auth: Auth | null } };

export const CSRF_HEADER = 'X-CSRF-Token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Writing last_seen_at on every request would cost an fsync each; a minute's slack is harmless.
const TOUCH_EVERY_MS = 60_000;

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

async function fromToken(deps: Deps, header: string): Promise<Auth | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return null;
  const found = await findApiToken(deps.db, sha256Hex(match[1]));
  if (!found || found.user.disabled === 1) return null;
  const now = deps.now();
  const last = found.token.lastUsedAt ? Date.parse(found.token.lastUsedAt) : 0;
  if (now.getTime() - last >= TOUCH_EVERY_MS) {
    await touchApiToken(deps.db, found.token.id, now.toISOString());
  }
  return { user: toPublicUser(found.user), via: 'token' };
}

async function fromCookie(deps: Deps, c: Context, token: string): Promise<Auth | null> {
  const now = deps.now();
  const id = sha256Hex(token);
  const found = await findLiveSession(deps.db, id, now.toISOString());
  if (!found || found.user.disabled === 1) {
    clearSessionCookie(c, deps.config);
    return null;
  }
  if (now.getTime() - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS) {
    const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000);
    await touchSession(deps.db, id, now.toISOString(), expiresAt.toISOString());
  }
  return {
    user: toPublicUser(found.user),
    via: 'session',
    csrfToken: found.session.csrfToken,
    sessionId: id,
    method: found.session.method,
  };
}

async function identify(deps: Deps, c: Context): Promise<Auth | null> {
  // An Authorization header, valid or not, is the only credential looked at: falling back to the
  // cookie would let a forged request with a junk header skip the CSRF check.
  const header = c.req.header('authorization');
  if (header !== undefined) return fromToken(deps, header);
  const cookie = readSessionCookie(c);
  return cookie ? fromCookie(deps, c, cookie) : null;
}

/**
 * Sets `auth` (or null) and refuses state-changing cookie requests without the session's CSRF
 * token. Safe to mount twice: the second run reuses the first's answer.
 */
export function sessionMiddleware(deps: Deps): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    let auth = c.get('auth');
    if (auth === undefined) {
      auth = await identify(deps, c);
      c.set('auth', auth);
    }
    if (auth?.via === 'session' && UNSAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER);
      if (!sent || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
        throw new AppError(
          403,
          'csrf_failed',
          `This request needs the ${CSRF_HEADER} header given at sign-in.`,
        );
      }
    }
    await next();
  };
}
