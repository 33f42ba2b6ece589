// Groups unmatched answers in a worker thread, one grouping at a time, and remembers the last few
// results: officers reload a page far more often than its answers change.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { AnswerToGroup, Grouping } from '../../analysis/unmatched/group-answers.ts';
import { AppError } from '../errors.ts';

const threadEntry = new URL('./grouping-thread-start.mjs', import.meta.url);
const CACHE_SIZE = 20;
/** Far above the half second 2,000 answers take: only a stuck thread reaches it. */
const TIMEOUT_MS = 30_000;

const cache = new Map<string, Grouping>();
let queue: Promise<unknown> = Promise.resolve();

function runThread(answers: AnswerToGroup[]): Promise<Grouping> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(threadEntry, {
      workerData: { answers },
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error('grouping took too long'))),
      TIMEOUT_MS,
    );
    worker.once(
      'message',
      (message: { ok: true; grouping: Grouping } | { ok: false; message: string }) =>
        settle(() => (message.ok ? resolve(message.grouping) : reject(new Error(message.message)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the grouping thread stopped (exit code ${code})`))),
    );
  });
}

/** The grouping of these answers: from the cache, or from a thread once those before it finish. */
export async function groupInThread(answers: AnswerToGroup[]): Promise<Grouping> {
  const hash = createHash('sha256');
  for (const a of answers) hash.update(`${a.id}\u0000${a.text}\u0001`);
  const key = hash.digest('hex');
  const known = cache.get(key);
  if (known) {
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const run = queue.then(() => runThread(answers));
  queue = run.catch(() => undefined);
  let grouping: Grouping;
  try {
    grouping = await run;
  } catch {
    throw new AppError(503, 'grouping_failed', 'The answers could not be grouped. Try again.');
  }
  cache.set(key, grouping);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return grouping;
}
