import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.ts';

/** Logs the route pattern, status and duration: no query string, body, address or user agent. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
