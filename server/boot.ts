// Start-up shared by the server entry point, the tests and the benchmark.
import { openSqlite } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { deleteIdempotencyKeysBefore } from '../db/responses-repository.ts';
import { attachWriter } from '../db/writer-client.ts';
import { createApp } from './app.ts';
import type { AppDeps } from './app-deps.ts';
import { checkAppSecret, loadAppSecret } from './app-secret.ts';
import type { Config } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { createAppMetrics } from './metrics/app-metrics.ts';
import { createRateLimits } from './rate-limits.ts';
import { seedDefaultCodebook } from './seed-codebooks.ts';
import { seedSurveys } from './seed-surveys.ts';
import { deleteExpiredResponses } from './services/retention.ts';
import { createVersionCache } from './survey-model/compiled-version.ts';
import { createTagWorker } from './tagging/tag-worker.ts';
import { createTrainingRunner } from './tagging/training-runner.ts';

const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface BootOptions {
  logger?: Logger;
  now?: () => Date;
  /** background (default): tag answers and train models as asked; manual: only when the caller
   * runs them (tests). */
  tagging?: 'background' | 'manual';
  /** on (default): discard obvious bots' answers (server/services/bot-rule.ts). */
  botCheck?: 'on' | 'off';
  /** Overrides DATABASE_WRITER: most tests write inline, where starting a thread per app would
   * cost more than it saves. */
  writer?: 'thread' | 'inline';
}

export async function boot(config: Config, options: BootOptions = {}) {
  const logger = options.logger ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const appSecret = loadAppSecret(config.dataDir, config.appSecret);
  const db = openSqlite(config.databaseFile);
  try {
    await migrateToLatest(db);
    await seedDefaultCodebook(db, logger, now());
    await seedSurveys(db, config.surveysDir, logger, now());
    await checkAppSecret(db, appSecret, now());
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const writer =
    (options.writer ?? config.databaseWriter) === 'thread' && config.databaseFile !== ':memory:'
      ? attachWriter(db, config.databaseFile)
      : undefined;
  const deps: AppDeps = {
    db,
    config,
    logger,
    versions: createVersionCache(),
    now,
    limits: createRateLimits(config, now),
    botCheck: (options.botCheck ?? 'on') === 'on',
    appSecret,
    metrics: createAppMetrics(db, now),
  };
  const app = createApp(deps);
  const tagWorker = createTagWorker(deps);
  const trainingRunner = createTrainingRunner(deps);
  if ((options.tagging ?? 'background') === 'background') {
    tagWorker.start();
    trainingRunner.start();
  }

  const pruneKeys = () =>
    deleteIdempotencyKeysBefore(
      db,
      new Date(now().getTime() - IDEMPOTENCY_KEY_LIFETIME_MS).toISOString(),
    ).catch((error: unknown) =>
      logger.error('prune_idempotency_keys_failed', { error: String(error) }),
    );
  const retention = config.retentionMonths;
  const applyRetention = () =>
    retention === undefined
      ? Promise.resolve()
      : deleteExpiredResponses(deps, retention).then(
          (deleted) => deleted > 0 && logger.info('retention_deleted', { deleted }),
          (error: unknown) => logger.error('retention_failed', { error: String(error) }),
        );
  void applyRetention();
  const pruneTimer = setInterval(
    () => {
      void pruneKeys();
      void applyRetention();
    },
    60 * 60 * 1000,
  );
  pruneTimer.unref();

  return {
    app,
    deps,
    tagWorker,
    trainingRunner,
    async close() {
      clearInterval(pruneTimer);
      trainingRunner.stop();
      await tagWorker.stop();
      await writer?.close();
      await db.destroy();
    },
  };
}
