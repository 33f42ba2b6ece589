// The tagging queue and its results. The queue is a table so that several app instances share it:
// a job is claimed by a lease (a conditional update only one instance can win) and finished by
// deleting it in the same transaction that stores its results.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import { answerKey, effectiveThemes } from './effective-themes.ts';
import { hourOf } from './hour.ts';
import { prepareQuery } from './prepared-query.ts';
import { inTransaction } from './transaction.ts';
import { writerOf } from './writer-client.ts';

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

// Compiled once: a busy queue claims hundreds of jobs a second on the app's event loop.
const leaseJob = prepareQuery(
  (db, p: { responseId: string; createdAt: string; now: string; until: string }) =>
    db
      .updateTable('tag_jobs')
      .set({ lease_until: p.until, attempts: sql<number>`attempts + 1` })
      .where('response_id', '=', p.responseId)
      .where('created_at', '=', p.createdAt)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', p.now)])),
);

export async function claimTagJobs(
  db: Db,
  options: { limit: number; now: Date; leaseMs: number },
): Promise<ClaimedJob[]> {
  // A writer thread takes the leases, as it holds the lock most of the time under load.
  const writer = db.isTransaction ? undefined : writerOf(db);
  if (writer) return writer.claimJobs(options);
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
  if (candidates.length === 0) return [];
  // One transaction for the batch: each lease on its own would be a commit, and a sync to disk,
  // per job (measured at 5 ms each under load, on the event loop parents' requests wait on).
  return inTransaction(db, async (trx) => {
    const claimed: ClaimedJob[] = [];
    for (const job of candidates) {
      const params = { responseId: job.response_id, createdAt: job.created_at, now, until };
      const result = await leaseJob.run(db, params, trx);
      if (Number(result.numAffectedRows ?? 0) === 1) {
        claimed.push({ responseId: job.response_id, createdAt: job.created_at });
      }
    }
    return claimed;
  });
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
