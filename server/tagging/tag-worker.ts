// Tags free-text answers in the background, off the submission's request path. Any number of app
// instances may run one: jobs are claimed with leases in the database, and a job whose instance
// died is picked up again when its lease runs out.

import type { Db } from '../../db/connection.ts';
import { backfillReportSummaries } from '../../db/report-summaries.ts';
import { findVersionById } from '../../db/surveys-repository.ts';
import {
  type AnswerTags,
  type ClaimedJob,
  claimTagJobs,
  loadResponses,
  saveTagResults,
  taggingStatus,
} from '../../db/tagging-repository.ts';
import type { Logger } from '../logger.ts';
import type { VersionCache } from '../survey-model/compiled-version.ts';
import { fillAnswerCodes } from './code-backfill.ts';
import { createTaggerCache } from './tagger-cache.ts';

export interface TagWorkerDeps {
  db: Db;
  versions: VersionCache;
  logger: Logger;
  now: () => Date;
}

const BACKLOG_REPORT_MS = 30_000;

export interface TagWorkerOptions {
  batchSize?: number;
  leaseMs?: number;
  idleMs?: number;
}

export function createTagWorker(deps: TagWorkerDeps, options: TagWorkerOptions = {}) {
  const batchSize = options.batchSize ?? 250;
  const leaseMs = options.leaseMs ?? 60_000;
  const idleMs = options.idleMs ?? 500;
  const taggersFor = createTaggerCache(deps.db);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;

  async function tagBatch(jobs: ClaimedJob[]) {
    const responses = await loadResponses(
      deps.db,
      jobs.map((j) => j.responseId),
    );
    const work: { job: ClaimedJob; key: string; results: AnswerTags[] }[] = [];
    const pending: {
      job: ClaimedJob;
      key: string;
      texts: { question: string; text: string; title: string }[];
    }[] = [];
    for (const job of jobs) {
      const response = responses.find((r) => r.id === job.responseId);
      if (!response) continue;
      const version = await deps.versions.get(response.versionId, (id) =>
        findVersionById(deps.db, id),
      );
      if (!version) continue;
      const texts = version.settings.themedQuestions.flatMap((question) => {
        const text = response.answers[question];
        if (typeof text !== 'string' || text.trim() === '') return [];
        const title = version.questionsByKey.get(question)?.title ?? '';
        return [{ question, text, title }];
      });
      pending.push({ job, key: version.settings.codebook, texts });
    }
    const taggers = await taggersFor(pending.map((p) => p.key));
    for (const { job, key, texts } of pending) {
      const entry = taggers.get(key);
      if (!entry) continue;
      const results = texts.map(({ question, text, title }) => ({
        responseId: job.responseId,
        question,
        ...entry.tagger.tag({ text, question: `${question} ${title}` }),
      }));
      work.push({ job, key, results });
    }
    for (const [key, entry] of taggers) {
      const group = work.filter((w) => w.key === key);
      await saveTagResults(
        deps.db,
        group.map((g) => g.job),
        group.flatMap((g) => g.results),
        { codebookKey: key, codebookVersion: entry.version, modelId: entry.modelId },
        deps.now(),
      );
    }
    // Responses with nothing to tag still finish their jobs.
    const done = new Set(work.map((w) => w.job));
    const empty = jobs.filter((j) => !done.has(j) && responses.some((r) => r.id === j.responseId));
    if (empty.length > 0) {
      await saveTagResults(
        deps.db,
        empty,
        [],
        { codebookKey: '', codebookVersion: 0, modelId: null },
        deps.now(),
      );
    }
  }

  // Responses tagged before report_summaries existed get theirs when the queue is empty, once per
  // process: every later change to tags writes the summary with it.
  let summariesComplete = false;
  // Likewise answer codes for responses stored before they were stored with each response.
  let codesComplete = false;

  /** Tags one batch, or else summarises one batch of old tags; returns how many it handled. */
  async function runOnce(): Promise<number> {
    const jobs = await claimTagJobs(deps.db, { limit: batchSize, now: deps.now(), leaseMs });
    if (jobs.length > 0) {
      await tagBatch(jobs);
      return jobs.length;
    }
    if (!summariesComplete) {
      const summarised = await backfillReportSummaries(deps.db, batchSize);
      if (summarised > 0) return summarised;
      summariesComplete = true;
    }
    if (codesComplete) return 0;
    const coded = await fillAnswerCodes(deps, batchSize);
    if (coded === 0) codesComplete = true;
    return coded;
  }

  /** Runs until the queue is empty (used by tests and the CLI). */
  async function drain(): Promise<number> {
    let total = 0;
    for (let n = await runOnce(); n > 0; n = await runOnce()) total += n;
    return total;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(loop, delay);
    timer.unref();
  }

  let lastReport = 0;
  let behind = false;

  /** While the queue is behind, says how far every half minute, and says when it caught up. */
  async function reportBacklog(claimed: number) {
    const full = claimed >= batchSize;
    if (!full && !behind) return;
    const now = Date.now();
    if (full && now - lastReport < BACKLOG_REPORT_MS) return;
    const { backlog, oldestQueuedAt } = await taggingStatus(deps.db);
    if (backlog === 0) {
      if (behind) deps.logger.info('tagging_caught_up', {});
      behind = false;
    } else if (now - lastReport >= BACKLOG_REPORT_MS) {
      behind = true;
      lastReport = now;
      deps.logger.info('tagging_backlog', { backlog, oldest: oldestQueuedAt });
    }
  }

  async function loop() {
    if (running || stopped) return;
    running = true;
    let claimed = 0;
    try {
      claimed = await runOnce();
      await reportBacklog(claimed);
    } catch (error) {
      deps.logger.error('tagging_failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      running = false;
    }
    schedule(claimed >= batchSize ? 0 : idleMs);
  }

  return {
    runOnce,
    drain,
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      while (running) await new Promise((r) => setTimeout(r, 10));
    },
  };
}
export type TagWorker = ReturnType<typeof createTagWorker>;
