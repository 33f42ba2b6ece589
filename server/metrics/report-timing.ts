import type { MiddlewareHandler } from 'hono';
import type { AppMetrics } from './app-metrics.ts';

// A label per format the report route knows; anything else is "other", so a caller cannot grow
// the metrics without bound by inventing formats.
const FORMATS = new Set(['json', 'docx', 'xlsx', 'csv', 'html', 'easy-read']);

/** Times successful report requests, by format. */
export function reportTiming(metrics: AppMetrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    if (c.res.status !== 200) return;
    const asked = c.req.query('format') ?? 'json';
    const format = FORMATS.has(asked) ? asked : 'other';
    metrics.reportSeconds.observe({ format }, (performance.now() - started) / 1000);
  };
}
