import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.ts';

export const SESSION_COOKIE = 'sv_session';

// Behind a proxy that ends TLS the app sees http://, so SECURE_COOKIES says what the browser sees.
const secure = (c: Context, config: Pick<Config, 'secureCookies'>) =>
  config.secureCookies || new URL(c.req.url).protocol === 'https:';

/**
 * A browser-session cookie (no Max-Age): the server decides expiry, sliding with use. Lax keeps
 * it off cross-site form posts; HttpOnly keeps it from scripts.
 */
export function setSessionCookie(c: Context, token: string, config: Pick<Config, 'secureCookies'>) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c, config),
  });
}

export function clearSessionCookie(c: Context, config: Pick<Config, 'secureCookies'>) {
  deleteCookie(c, SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c, config),
  });
}

export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE);
