// Liveness, readiness and metrics for whoever runs the service: a load balancer, an orchestrator,
// Prometheus. None of them needs a session, and none of the answers carries personal data.
import { Hono } from 'hono';
import { pendingMigrations } from '../../db/migrate.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';
import { checkMetricsAccess } from '../metrics/metrics-access.ts';

async function readiness(deps: AppDeps): Promise<string | undefined> {
  let pending: string[];
  try {
    pending = await pendingMigrations(deps.db);
  } catch (error) {
    deps.logger.warn('readiness_database_unreachable', { error: String(error) });
    return 'The database cannot be reached.';
  }
  if (pending.length > 0) return `The database is missing ${pending.length} migration(s).`;
  return undefined;
}

export function healthRoutes(deps: AppDeps) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'alive' }))
    .get('/readyz', async (c) => {
      const problem = await readiness(deps);
      if (problem) throw new AppError(503, 'not_ready', problem);
      return c.json({ status: 'ready' });
    })
    .get('/metrics', async (c) => {
      checkMetricsAccess(c, deps.config.metricsToken);
      const { registry } = deps.metrics;
      return c.text(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
    });
}
