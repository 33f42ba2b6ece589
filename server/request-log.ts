import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { answers } from './auth/access-guard.ts';
import type { Logger } from './logger.ts';
import type { AppMetrics } from './metrics/app-metrics.ts';
import { truncateToHour } from './time.ts';

const HOUR_MS = 60 * 60 * 1000;
const SUBMISSION = /^\/api\/surveys\/[^/]+\/responses\/?$/;

/**
 * Logs the route pattern, status and duration: no query string, body, address or user agent.
 * Parents' submissions get no line of their own, since its time would date a response: they are
 * counted per hour, and one line per hour (`submissions_hour`) is written once the hour is over;
 * the metrics' submission counter moves at the same moment, by the whole hour's count.
 */
export function requestLog(
  logger: Logger,
  metrics?: AppMetrics,
  now: () => Date = () => new Date(),
): MiddlewareHandler {
  const hourly = createHourlyCounter(logger, metrics, now);
  metrics?.beforeScrape(hourly.flushPastHours);
  return async (c, next) => {
    const started = performance.now();
    await next();
    if (c.req.method === 'POST' && SUBMISSION.test(c.req.path)) {
      hourly.count(c.res.status);
      return;
    }
    logger.info('request', {
      method: c.req.method,
      // The route that answers, also when the access guard (route '*') refused the request.
      route: matchedRoutes(c).find(answers)?.path ?? c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

function createHourlyCounter(logger: Logger, metrics: AppMetrics | undefined, now: () => Date) {
  // Per hour (UTC, on the hour), the number of submissions by response status.
  const hours = new Map<string, Map<number, number>>();
  let timer: NodeJS.Timeout | undefined;

  /** Reports every hour that is over; run by a timer just after the hour, and before a scrape. */
  function flushPastHours() {
    clearTimeout(timer);
    timer = undefined;
    const current = truncateToHour(now());
    for (const [hour, statuses] of hours) {
      if (hour >= current) continue;
      hours.delete(hour);
      const byStatus = Object.fromEntries(statuses);
      const count = [...statuses.values()].reduce((a, b) => a + b, 0);
      logger.info('submissions_hour', { hour, count, byStatus });
      for (const [status, n] of statuses) metrics?.submissions.inc({ status: String(status) }, n);
    }
    if (hours.size > 0) arm();
  }

  function arm() {
    // Fires just after the hour turns, so the line's own time dates no submission.
    const wait = HOUR_MS - (now().getTime() % HOUR_MS) + 1000;
    timer = setTimeout(flushPastHours, wait);
    timer.unref();
  }

  return {
    flushPastHours,
    count(status: number) {
      const hour = truncateToHour(now());
      let statuses = hours.get(hour);
      if (!statuses) {
        statuses = new Map();
        hours.set(hour, statuses);
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (!timer) arm();
    },
  };
}
