import type { Db } from '../db/connection.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { AppMetrics } from './metrics/app-metrics.ts';
import type { RateLimits } from './rate-limits.ts';
import type { VersionCache } from './survey-model/compiled-version.ts';

/** Everything a route needs, passed in so tests can give each app its own database and clock. */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  versions: VersionCache;
  now: () => Date;
  /** Per-client limits, in this process's memory. */
  limits: RateLimits;
  /** Whether online answers go through the honeypot and minimum-time rule (off in most tests). */
  botCheck: boolean;
  /** The server's secret, kept outside the database (server/app-secret.ts). */
  appSecret: Buffer;
  /** Counters and gauges for /metrics, per process. */
  metrics: AppMetrics;
}
