// Tags free-text answers in the background, off the submission's request path. Any number of app
// instances may run one: jobs are claimed with leases in the database, and a job whose instance
// died is picked up again when its lease runs out. The database stays on the main thread; the
// tagging itself runs in a worker thread (tagging-thread.ts), one message per claimed batch.

import { performance } from 'node:perf_hooks';
import type { TagResult } from '../../analysis/tag-answer.ts';
import type { Db } from '../../db/connection.ts';
import { backfillReportSummaries } from '../../db/report-summaries.ts';
import { findVersionById } from '../../db/surveys-repository.ts';
import { type AnswerTags, saveTagResults, type TaggedBy } from '../../db/tag-results-repository.ts';
import {
  type ClaimedJob,
  claimTagJobs,
  loadResponses,
  type ResponseToTag,
  taggingStatus,
} from '../../db/tagging-repository.ts';
import { writerOf } from '../../db/writer-client.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { VersionCache } from '../survey-model/compiled-version.ts';
import { freeTextQuestions } from '../survey-model/free-text-questions.ts';
import { fillAnswerCodes } from './code-backfill.ts';
import { createTaggerCache, type TaggerEntry } from './tagger-cache.ts';
import type { TagItem } from './tagging-messages.ts';
import { acquireTaggingThread, type TaggingThread } from './tagging-thread-client.ts';

const toThread = ({ themed: _, ...item }: JobWork['items'][number]) => item;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface TagWorkerDeps {
  db: Db;
  versions: VersionCache;
  logger: Logger;
  now: () => Date;
  config: Pick<Config, 'maxAnswerChars'>;
}

const BACKLOG_REPORT_MS = 30_000;
// Above this share of time busy, the loop is serving parents; tagging waits, a batch at a time.
const BUSY_UTILIZATION = 0.7;
const BUSY_SAMPLE_MS = 50;
const BUSY_PAUSE_MS = 1_000;
const MAX_PAUSE_MS = 5_000;
/**
 * Results are saved this many responses to a transaction, the event loop free in between: saving a
 * whole batch at once held it for 400 ms under load, and every parent's request waited.
 */
const SAVE_CHUNK = 25;
/** Jobs of a failed batch that may fail again when tried alone before the rest are left. */
const MAX_FAILURES_ALONE = 3;

export interface TagWorkerOptions {
  batchSize?: number;
  leaseMs?: number;
  idleMs?: number;
  /** Tags in this instead of the process's tagging thread (tests that need a failing one). */
  thread?: Pick<TaggingThread, 'tag' | 'prepare'>;
}

interface JobWork {
  job: ClaimedJob;
  key: string;
  items: (TagItem & { name: string; themed: boolean })[];
}

export function createTagWorker(deps: TagWorkerDeps, options: TagWorkerOptions = {}) {
  const batchSize = options.batchSize ?? 250;
  const leaseMs = options.leaseMs ?? 60_000;
  const idleMs = options.idleMs ?? 500;
  const taggersFor = createTaggerCache(deps.db);
  // A batch the thread has not tagged by half the lease is abandoned, before another instance
  // could claim the same jobs.
  const timeoutMs = Math.max(1000, leaseMs / 2);
  let held: ReturnType<typeof acquireTaggingThread> | undefined;
  const threadOf = () => {
    if (options.thread) return options.thread;
    held ??= acquireTaggingThread({ maxChars: deps.config.maxAnswerChars });
    return held.thread;
  };
  // Started now: loading it takes a moment (up to seconds on a busy machine), better spent while
  // the app starts than when the first answers wait.
  threadOf().prepare();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;

  /** Each job's answers to tag, with the codebook its survey version tags with. */
  async function collect(jobs: ClaimedJob[], responses: ResponseToTag[]): Promise<JobWork[]> {
    const byId = new Map(responses.map((r) => [r.id, r]));
    const work: JobWork[] = [];
    for (const job of jobs) {
      const response = byId.get(job.responseId);
      if (!response) continue;
      const version = await deps.versions.get(response.versionId, (id) =>
        findVersionById(deps.db, id),
      );
      if (!version) continue;
      const key = version.settings.codebook;
      const themed = new Set(version.settings.themedQuestions);
      // Unthemed free text is analysed too (redacted, checked for safeguarding), without themes.
      const items = freeTextQuestions(version).flatMap((name) => {
        const text = response.answers[name];
        if (typeof text !== 'string' || text.trim() === '') return [];
        const title = version.questionsByKey.get(name)?.title ?? '';
        // The question's name and wording: "Nothing." means something else for each question.
        return [{ key, name, text, question: `${name} ${title}`, themed: themed.has(name) }];
      });
      work.push({ job, key, items });
    }
    return work;
  }

  /**
   * One message to the thread for the whole batch. If the thread fails it (a crash, a timeout),
   * each job is tried alone, so one poison answer does not fail the others; a job that fails alone
   * keeps its lease and is retried later, at most MAX_TAG_ATTEMPTS times.
   */
  async function tagInThread(taggers: Map<string, TaggerEntry>, work: JobWork[]) {
    const tagged = new Map<ClaimedJob, TagResult[]>();
    if (work.length === 0) return tagged;
    try {
      const items = work.flatMap((w) => w.items);
      const results = await threadOf().tag(taggers.values(), items.map(toThread), timeoutMs);
      let at = 0;
      for (const w of work) {
        tagged.set(w.job, results.slice(at, at + w.items.length));
        at += w.items.length;
      }
      return tagged;
    } catch (error) {
      deps.logger.warn('tagging_batch_failed', { jobs: work.length, error: messageOf(error) });
    }
    let failed = 0;
    for (const w of work) {
      // A thread that cannot start at all would fail every job: the rest wait for their lease.
      if (failed === MAX_FAILURES_ALONE) break;
      try {
        tagged.set(w.job, await threadOf().tag(taggers.values(), w.items.map(toThread), timeoutMs));
      } catch {
        failed += 1;
      }
    }
    if (failed > 0) deps.logger.error('tagging_jobs_failed', { jobs: failed });
    return tagged;
  }

  async function tagBatch(jobs: ClaimedJob[]) {
    const responses = await loadResponses(
      deps.db,
      jobs.map((j) => j.responseId),
    );
    const collected = await collect(jobs, responses);
    const taggers = await taggersFor(collected.map((w) => w.key));
    const work = collected.filter((w) => taggers.has(w.key));
    const tagged = await tagInThread(taggers, work);
    for (const [key, entry] of taggers) {
      const group = work.filter((w) => w.key === key && tagged.has(w.job));
      const by = { codebookKey: key, codebookVersion: entry.version, modelId: entry.modelId };
      for (let i = 0; i < group.length; i += SAVE_CHUNK) {
        const chunk = group.slice(i, i + SAVE_CHUNK);
        const results: AnswerTags[] = chunk.flatMap(({ job, items }) =>
          (tagged.get(job) ?? []).map((result, n) => ({
            responseId: job.responseId,
            question: items[n]?.name ?? '',
            ...result,
            themes: items[n]?.themed ? result.themes : [],
          })),
        );
        await saveInTurn(
          chunk.map((g) => g.job),
          results,
          by,
        );
      }
    }
    // Responses with nothing to tag still finish their jobs; failed ones wait for their retry.
    const attempted = new Set(work.map((w) => w.job));
    const present = new Set(responses.map((r) => r.id));
    const empty = jobs.filter((j) => !attempted.has(j) && present.has(j.responseId));
    for (let i = 0; i < empty.length; i += SAVE_CHUNK) {
      await saveInTurn(empty.slice(i, i + SAVE_CHUNK), [], {
        codebookKey: '',
        codebookVersion: 0,
        modelId: null,
      });
    }
  }

  /** Saves after requests already waiting have had their turn of the event loop. */
  async function saveInTurn(jobs: ClaimedJob[], results: AnswerTags[], by: TaggedBy) {
    await new Promise((resolve) => setImmediate(resolve));
    await saveTagResults(deps.db, jobs, results, by, deps.now());
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

  // Parents first: while the event loop is busy serving requests, or the writer thread is busy
  // storing answers, tagging (whose results take the same path) waits longer between batches; the
  // answers are safe in the queue.
  let waitStarted = performance.eventLoopUtilization();
  let writerBusyAtStart = 0;
  let lastBatchAt = 0;

  function schedule(delay: number) {
    if (stopped) return;
    waitStarted = performance.eventLoopUtilization();
    writerBusyAtStart = writerOf(deps.db)?.submissionsBusyMs() ?? 0;
    timer = setTimeout(loop, delay);
    timer.unref();
  }

  /** Whether requests kept the event loop busy while this worker waited. */
  function busyServing(): boolean {
    const { utilization, idle, active } = performance.eventLoopUtilization(waitStarted);
    if (idle + active < BUSY_SAMPLE_MS) return false;
    if (utilization > BUSY_UTILIZATION) return true;
    // With a writer thread, the writes are where answers queue: tagging shares that thread.
    const writer = writerOf(deps.db);
    if (!writer) return false;
    return (writer.submissionsBusyMs() - writerBusyAtStart) / (idle + active) > BUSY_UTILIZATION;
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
    // Under load that never lets up, a batch still goes through every few seconds.
    if (busyServing() && Date.now() - lastBatchAt < MAX_PAUSE_MS) {
      schedule(BUSY_PAUSE_MS);
      return;
    }
    lastBatchAt = Date.now();
    running = true;
    let claimed = 0;
    try {
      claimed = await runOnce();
      await reportBacklog(claimed);
    } catch (error) {
      deps.logger.error('tagging_failed', { error: messageOf(error) });
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
    /** Stops the loop and lets the thread go (a later runOnce takes it again). */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      while (running) await new Promise((r) => setTimeout(r, 10));
      held?.release();
      held = undefined;
    },
    /** The tagging thread (started on first use), for tests and the benchmark. */
    thread: threadOf,
  };
}
export type TagWorker = ReturnType<typeof createTagWorker>;
