// What /metrics reports, in Prometheus's text format, kept in one registry per app (tests build
// many apps). Nothing here may date a response more precisely than its hour: submissions are
// added to their counter only once their hour is over, and the tagging backlog and bot discards
// are read from the database counting only hours that have ended.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { countBotDiscardsBefore } from '../../db/bot-discards-repository.ts';
import type { Db } from '../../db/connection.ts';
import { countQueuedBefore } from '../../db/tagging-repository.ts';
import { truncateToHour } from '../time.ts';

export interface AppMetrics {
  registry: Registry;
  /** Submissions by status, added when their hour is over (server/request-log.ts). */
  submissions: Counter<'status'>;
  /** Refused requests by error code. */
  rejections: Counter<'code'>;
  /** Requests refused by a rate limit. */
  rateLimited: Counter;
  /** How long building a report took, by format. */
  reportSeconds: Histogram<'format'>;
  /** Runs `task` before each scrape (the hourly submission count reports hours just ended). */
  beforeScrape(task: () => void): void;
}

export function createAppMetrics(db: Db, now: () => Date): AppMetrics {
  const registry = new Registry();
  const scrapeTasks: (() => void)[] = [];
  const beforeThisHour = () => truncateToHour(now());
  new Gauge({
    name: 'sendvoice_tagging_backlog',
    help: 'Responses waiting to be tagged that arrived before the current hour',
    registers: [registry],
    async collect() {
      this.set(await countQueuedBefore(db, beforeThisHour()));
    },
  });
  new Gauge({
    name: 'sendvoice_bot_discards',
    help: 'Submissions discarded as an obvious bot, in hours that have ended',
    registers: [registry],
    async collect() {
      this.set(await countBotDiscardsBefore(db, beforeThisHour()));
    },
  });
  return {
    registry,
    beforeScrape: (task) => scrapeTasks.push(task),
    submissions: new Counter({
      name: 'sendvoice_submissions_total',
      help: 'Questionnaire submissions by response status, counted once their hour is over',
      labelNames: ['status'],
      registers: [registry],
      collect() {
        for (const task of scrapeTasks) task();
      },
    }),
    rejections: new Counter({
      name: 'sendvoice_rejections_total',
      help: 'Refused requests by error code',
      labelNames: ['code'],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'sendvoice_rate_limited_total',
      help: 'Requests refused by a rate limit (429)',
      registers: [registry],
    }),
    reportSeconds: new Histogram({
      name: 'sendvoice_report_seconds',
      help: 'Time to build a report, by format',
      labelNames: ['format'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
  };
}
