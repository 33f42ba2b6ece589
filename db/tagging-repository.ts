// The tagging queue and its results. The queue is a table so that several app instances share it:
// a job is claimed by a lease (a conditional update only one instance can win) and finished by
// deleting it in the same transaction that stores its results.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import { answerKey, effectiveThemes } from './effective-themes.ts';
import { hourOf } from './hour.ts';
import { retryOnRowidClash, rowidOf, withRowid } from './random-rowid.ts';
import { refreshReportSummaries } from './report-summaries.ts';
import { inTransaction } from './transaction.ts';

export const MAX_TAG_ATTEMPTS = 5;

export interface ClaimedJob {
  responseId: string;
  createdAt: string;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * When a claim runs out: on the hour, at least `leaseMs` away. A claim comes moments after a
 * submission, so a lease to the second would date the response; on the hour it dates nothing
 * finer than the response's own hour. The cost: an instance that dies mid-batch leaves its jobs
 * for up to an hour more before another takes them.
 */
export function leaseEnd(now: Date, leaseMs: number): string {
  return new Date(Date.parse(hourOf(new Date(now.getTime() + leaseMs))) + HOUR_MS).toISOString();
}

export async function claimTagJobs(
  db: Db,
  options: { limit: number; now: Date; leaseMs: number },
): Promise<ClaimedJob[]> {
  const now = options.now.toISOString();
  const until = leaseEnd(options.now, options.leaseMs);
  const candidates = await db
    .selectFrom('tag_jobs')
    .select(['response_id', 'created_at'])
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .where('attempts', '<', MAX_TAG_ATTEMPTS)
    .orderBy('created_at')
    .limit(options.limit)
    .execute();
  const claimed: ClaimedJob[] = [];
  for (const job of candidates) {
    const result = await db
      .updateTable('tag_jobs')
      .set({ lease_until: until, attempts: sql<number>`attempts + 1` })
      .where('response_id', '=', job.response_id)
      .where('created_at', '=', job.created_at)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) {
      claimed.push({ responseId: job.response_id, createdAt: job.created_at });
    }
  }
  return claimed;
}

export interface ResponseToTag {
  id: string;
  versionId: string;
  answers: Record<string, unknown>;
}

export async function loadResponses(db: Db, ids: string[]): Promise<ResponseToTag[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'version_id', 'answers'])
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    versionId: r.version_id,
    answers: JSON.parse(r.answers) as Record<string, unknown>,
  }));
}

export interface AnswerTags {
  responseId: string;
  question: string;
  substantive: boolean;
  sentiment: { score: number; label: string };
  safeguarding: boolean;
  safeguardingEvidence: string[];
  redacted: string;
  themes: { id: string; score: number; evidence: string[] }[];
  /** Themes the trained model decided otherwise than the keyword rules. */
  disputed?: string[];
}

export interface TaggedBy {
  codebookKey: string;
  codebookVersion: number;
  modelId: string | null;
}

/** Replaces the automatic tags of these responses and finishes their jobs, all or nothing. */
export async function saveTagResults(
  db: Db,
  jobs: ClaimedJob[],
  results: AnswerTags[],
  by: TaggedBy,
  now: Date,
): Promise<void> {
  // Tagging follows a submission within a second: a finer time would date the response itself.
  const at = hourOf(now);
  const ids = jobs.map((j) => j.responseId);
  if (ids.length === 0) return;
  await db.transaction().execute(async (trx) => {
    // A response withdrawn (or deleted by retention) while it was being tagged stays deleted:
    // its results are dropped rather than failing the whole batch on the foreign key.
    const present = new Set(
      (await trx.selectFrom('responses').select('id').where('id', 'in', ids).execute()).map(
        (r) => r.id,
      ),
    );
    results = results.filter((r) => present.has(r.responseId));
    await trx.deleteFrom('answer_analysis').where('response_id', 'in', ids).execute();
    await trx
      .deleteFrom('answer_themes')
      .where('response_id', 'in', ids)
      .where('source', '=', 'auto')
      .execute();
    // Random rowids: batches follow arrivals, so counting-up rowids would order the answers.
    for (const r of results) {
      const analysis = () => ({
        ...rowidOf(trx),
        response_id: r.responseId,
        question: r.question,
        substantive: r.substantive ? 1 : 0,
        sentiment_score: r.sentiment.score,
        sentiment_label: r.sentiment.label,
        safeguarding: r.safeguarding ? 1 : 0,
        safeguarding_evidence: JSON.stringify(r.safeguardingEvidence),
        redacted: r.redacted,
        codebook_key: by.codebookKey,
        codebook_version: by.codebookVersion,
        model_id: by.modelId,
        tagged_at: at,
        disputed_themes: JSON.stringify(r.disputed ?? []),
      });
      await retryOnRowidClash(() =>
        withRowid(trx).insertInto('answer_analysis').values(analysis()).execute(),
      );
      if (r.themes.length === 0) continue;
      const themes = () =>
        r.themes.map((t) => ({
          ...rowidOf(trx),
          response_id: r.responseId,
          question: r.question,
          theme_id: t.id,
          source: 'auto',
          present: 1,
          score: t.score,
          evidence: JSON.stringify(t.evidence),
          codebook_version: by.codebookVersion,
          model_id: by.modelId,
          created_at: at,
        }));
      await retryOnRowidClash(() =>
        withRowid(trx).insertInto('answer_themes').values(themes()).execute(),
      );
    }
    await refreshReportSummaries(trx, ids);
    for (const job of jobs) {
      // A job re-queued while it was being tagged (a new codebook) has a new created_at: keep it.
      await trx
        .deleteFrom('tag_jobs')
        .where('response_id', '=', job.responseId)
        .where('created_at', '=', job.createdAt)
        .execute();
    }
  });
}

/** Queues every response (of one survey, or all) for tagging again, e.g. after a codebook change. */
export async function requestRetag(
  db: Db,
  options: RetagOptions,
): Promise<{ runId: string; total: number }> {
  return inTransaction(db, (trx) => queueRetag(trx, options));
}

export interface RetagOptions {
  reason: string;
  now: Date;
  surveyId?: string;
  /** Only these surveys' responses (an empty list queues nothing). */
  surveyIds?: string[];
}

/** requestRetag inside a transaction the caller already holds (pass the transaction as db). */
export async function queueRetag(
  trx: Db,
  options: RetagOptions,
): Promise<{ runId: string; total: number }> {
  const runId = randomUUID();
  const at = options.now.toISOString();
  let select = trx
    .selectFrom('responses')
    .select((eb) => [
      'id as response_id',
      eb.val(runId).as('run_id'),
      eb.val(at).as('created_at'),
      eb.val(0).as('attempts'),
    ])
    // SQLite needs a WHERE before ON CONFLICT in INSERT ... SELECT.
    .where(sql<boolean>`1 = 1`);
  if (options.surveyId) select = select.where('survey_id', '=', options.surveyId);
  if (options.surveyIds) {
    if (options.surveyIds.length === 0) return { runId, total: 0 };
    select = select.where('survey_id', 'in', options.surveyIds);
  }
  const result = await trx
    .insertInto('tag_jobs')
    .columns(['response_id', 'run_id', 'created_at', 'attempts'])
    .expression(select)
    .onConflict((oc) =>
      oc.column('response_id').doUpdateSet({
        run_id: runId,
        created_at: at,
        lease_until: null,
        attempts: 0,
      }),
    )
    .executeTakeFirst();
  const total = Number(result.numInsertedOrUpdatedRows ?? 0);
  await trx
    .insertInto('retag_runs')
    .values({ id: runId, reason: options.reason, total, created_at: at })
    .execute();
  return { runId, total };
}

export interface TaggingStatus {
  backlog: number;
  failed: number;
  oldestQueuedAt: string | null;
  runs: { id: string; reason: string; total: number; remaining: number; createdAt: string }[];
}

export async function taggingStatus(db: Db): Promise<TaggingStatus> {
  const queue = await db
    .selectFrom('tag_jobs')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('backlog'),
      eb.fn.min('created_at').as('oldest'),
      eb.fn
        .sum<number | string | null>(
          eb.case().when('attempts', '>=', MAX_TAG_ATTEMPTS).then(1).else(0).end(),
        )
        .as('failed'),
    ])
    .executeTakeFirstOrThrow();
  const runs = await db
    .selectFrom('retag_runs')
    .leftJoin('tag_jobs', 'tag_jobs.run_id', 'retag_runs.id')
    .select((eb) => [
      'retag_runs.id',
      'retag_runs.reason',
      'retag_runs.total',
      'retag_runs.created_at',
      eb.fn.count<number | string>('tag_jobs.response_id').as('remaining'),
    ])
    .groupBy(['retag_runs.id', 'retag_runs.reason', 'retag_runs.total', 'retag_runs.created_at'])
    .orderBy('retag_runs.created_at', 'desc')
    .limit(10)
    .execute();
  return {
    backlog: Number(queue.backlog),
    failed: Number(queue.failed ?? 0),
    oldestQueuedAt: queue.oldest ?? null,
    runs: runs.map((r) => ({
      id: r.id,
      reason: r.reason,
      total: r.total,
      remaining: Number(r.remaining),
      createdAt: r.created_at,
    })),
  };
}

export interface HumanCodedAnswer {
  responseId: string;
  question: string;
  answers: string;
  /** Themes as the officer left them: automatic ones not removed, plus those added. */
  themes: string[];
}

/** Every answer an officer has coded (at least one human row), with its effective themes. */
/** How many answers officers have coded, across every survey. */
export async function countHumanCodedAnswers(db: Db): Promise<number> {
  const row = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('answer_themes')
        .select(['response_id', 'question'])
        .where('source', '=', 'human')
        .distinct()
        .as('coded'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listHumanCodedAnswers(
  db: Db,
  surveyId?: string,
): Promise<HumanCodedAnswer[]> {
  let coded = db
    .selectFrom('answer_themes')
    .innerJoin('responses', 'responses.id', 'answer_themes.response_id')
    .select(['answer_themes.response_id', 'answer_themes.question', 'responses.answers'])
    .where('answer_themes.source', '=', 'human')
    .distinct();
  if (surveyId) coded = coded.where('responses.survey_id', '=', surveyId);
  const answers = await coded.execute();
  if (answers.length === 0) return [];
  const rows = await db
    .selectFrom('answer_themes')
    .select(['response_id', 'question', 'theme_id', 'source', 'present'])
    .where('response_id', 'in', [...new Set(answers.map((c) => c.response_id))])
    .execute();
  const { themes } = effectiveThemes(rows);
  return answers.map((c) => ({
    responseId: c.response_id,
    question: c.question,
    answers: c.answers,
    themes: [...(themes.get(answerKey(c.response_id, c.question)) ?? [])].sort(),
  }));
}

/** Responses waiting for tags that arrived before `hour`: a backlog that moves only on the hour. */
export async function countQueuedBefore(db: Db, hour: string): Promise<number> {
  const row = await db
    .selectFrom('tag_jobs')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('created_at', '<', hour)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
