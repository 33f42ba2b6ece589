import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './connection.ts';
import * as initial from './migrations/2026-11-24-001-initial.ts';
import * as tagging from './migrations/2026-11-24-002-tagging.ts';
import * as accounts from './migrations/2026-11-24-003-accounts.ts';
import * as review from './migrations/2026-11-24-004-review.ts';
import * as paperAndNarratives from './migrations/2026-11-24-005-paper-and-narratives.ts';
import * as reportSummaries from './migrations/2026-11-24-006-report-summaries.ts';
import * as surveyDesign from './migrations/2026-11-24-007-survey-design.ts';
import * as accessCodes from './migrations/2026-11-24-008-access-codes.ts';
import * as narrativeAnswered from './migrations/2026-12-06-001-narrative-answered.ts';
import * as modelTrainings from './migrations/2026-12-06-002-model-trainings.ts';
import * as setAside from './migrations/2026-12-07-001-set-aside.ts';
import * as botDiscards from './migrations/2026-12-07-002-bot-discards.ts';
import * as secondFactor from './migrations/2026-12-07-003-second-factor.ts';
import * as spentAccessCodes from './migrations/2026-12-07-004-spent-access-codes.ts';
import * as randomRowOrder from './migrations/2026-12-07-005-random-row-order.ts';
import * as actions from './migrations/2026-12-08-001-actions.ts';
import * as quoteExcerpts from './migrations/2026-12-08-003-quote-excerpts.ts';
import * as disputedThemes from './migrations/2026-12-08-004-disputed-themes.ts';
import * as narrativeFigures from './migrations/2026-12-08-011-narrative-figures.ts';
import * as summaryTexts from './migrations/2026-12-08-021-report-summary-texts.ts';
import * as actionHistory from './migrations/2026-12-09-101-action-history.ts';
import * as publications from './migrations/2026-12-09-201-publications.ts';
import * as receipts from './migrations/2026-12-09-301-receipts.ts';
import * as signOffRequests from './migrations/2026-12-09-401-sign-off-requests.ts';

// Listed here rather than read from disk so that bundlers and test runners see them as imports.
const migrations: Record<string, Migration> = {
  '2026-11-24-001-initial': initial,
  '2026-11-24-002-tagging': tagging,
  '2026-11-24-003-accounts': accounts,
  '2026-11-24-004-review': review,
  '2026-11-24-005-paper-and-narratives': paperAndNarratives,
  '2026-11-24-006-report-summaries': reportSummaries,
  '2026-11-24-007-survey-design': surveyDesign,
  '2026-11-24-008-access-codes': accessCodes,
  '2026-12-06-001-narrative-answered': narrativeAnswered,
  '2026-12-06-002-model-trainings': modelTrainings,
  '2026-12-07-001-set-aside': setAside,
  '2026-12-07-002-bot-discards': botDiscards,
  '2026-12-07-003-second-factor': secondFactor,
  '2026-12-07-004-spent-access-codes': spentAccessCodes,
  '2026-12-07-005-random-row-order': randomRowOrder,
  '2026-12-08-001-actions': actions,
  '2026-12-08-003-quote-excerpts': quoteExcerpts,
  '2026-12-08-004-disputed-themes': disputedThemes,
  '2026-12-08-011-narrative-figures': narrativeFigures,
  '2026-12-08-021-report-summary-texts': summaryTexts,
  '2026-12-09-201-publications': publications,
  '2026-12-09-101-action-history': actionHistory,
  '2026-12-09-401-sign-off-requests': signOffRequests,
  '2026-12-09-301-receipts': receipts,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

const ATTEMPTS = 3;

/**
 * Runs every pending migration. On SQLite, Kysely's migration lock is a no-op, so two processes
 * starting on a new database at once (two instances, or the CLI beside the server) can both try
 * the same migration; the loser's transaction rolls back, and on a retry it finds the work done.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (!error && !failed) return;
    if (attempt < ATTEMPTS) {
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      continue;
    }
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}

export const knownMigrationNames = (): string[] => Object.keys(migrations);

/** Names of migrations this code knows that the database has not run (reads the database). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const known = await new Migrator({ db, provider }).getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
