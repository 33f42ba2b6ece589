// Enforces route-access.ts: one middleware, mounted before every route, reads which routes the
// request matched (Hono matches them all before the first middleware runs) and applies their
// declared access. Nothing a route file mounts runs for a refused request, and public routes
// never look up a session.
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { currentAuth, forbidden } from './require-role.ts';
import type { Role } from './roles.ts';
import { type Access, ROUTE_ACCESS } from './route-access.ts';
import { type AuthEnv, sessionMiddleware } from './session-middleware.ts';

interface RouteLike {
  method: string;
  path: string;
  handler: (...args: never[]) => unknown;
}

/** A route that answers, rather than a middleware that passes on: Hono's own rule, by arity. */
export const answers = (route: RouteLike) => route.method !== 'ALL' || route.handler.length < 2;
export const routeKey = (route: { method: string; path: string }) =>
  `${route.method} ${route.path}`;

/** The answering routes of a route table that route-access.ts does not declare. */
export function undeclaredRoutes(
  routes: readonly RouteLike[],
  table: Readonly<Record<string, Access>> = ROUTE_ACCESS,
): string[] {
  const keys = routes.filter(answers).map(routeKey);
  return [...new Set(keys)].filter((key) => !Object.hasOwn(table, key));
}

/** Called once the app is built: a route nobody declared access for stops the app starting. */
export function assertEveryRouteDeclared(routes: readonly RouteLike[]) {
  const missing = undeclaredRoutes(routes);
  if (missing.length > 0) {
    throw new Error(`Declare who may call these in server/auth/route-access.ts: ${missing}`);
  }
}

/**
 * The roles allowed by every answering route matched (undefined when all are public). Several
 * routes can match one request when one passes on to the next; the strictest wins.
 */
function allowedRoles(routes: readonly RouteLike[], table: Readonly<Record<string, Access>>) {
  let allowed: Set<Role> | undefined;
  for (const route of routes) {
    if (!answers(route)) continue;
    const access = table[routeKey(route)];
    // Unreachable once assertEveryRouteDeclared passed; a 500 rather than an open door.
    if (access === undefined) throw new Error(`No access declared for ${routeKey(route)}`);
    if ('roles' in access) {
      const roles = access.roles;
      allowed = new Set(allowed ? [...allowed].filter((r) => roles.includes(r)) : roles);
    }
  }
  return allowed;
}

type Deps = Parameters<typeof sessionMiddleware>[0];

export function accessGuard(
  deps: Deps,
  table: Readonly<Record<string, Access>> = ROUTE_ACCESS,
): MiddlewareHandler<AuthEnv> {
  const session = sessionMiddleware(deps);
  return async (c, next) => {
    const allowed = allowedRoles(matchedRoutes(c), table);
    if (allowed === undefined) return next();
    return session(c, async () => {
      const { user } = currentAuth(c);
      if (user.role !== 'admin' && !allowed.has(user.role)) {
        throw forbidden();
      }
      await next();
    });
  };
}
