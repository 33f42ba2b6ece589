// The app's handle on the database writer thread (db/writer-thread.ts). A database opened from a
// file can be given one; responses and tag results written through `db` then go to the thread,
// and everything else stays on the app's own connection. A thread that stops (a crash) fails what
// it had, nothing of which was acknowledged, and the next write starts a new one.
import { Worker } from 'node:worker_threads';
import type { Db } from './connection.ts';
import type { IdempotencyClaim, NewResponse, SaveResult } from './responses-repository.ts';
import type { AnswerTags, TaggedBy } from './tag-results-repository.ts';
import type { ClaimedJob } from './tagging-repository.ts';
import type { FromWriter, ToWriter, WriterData } from './writer-messages.ts';

// Compiled (npm start), the thread runs its JavaScript directly; from TypeScript, its entry first
// registers tsx's loader.
const entry = import.meta.url.endsWith('.js')
  ? new URL('./writer-thread.js', import.meta.url)
  : new URL('./writer-thread-start.mjs', import.meta.url);

type Request = ToWriter extends infer M
  ? M extends { id: number }
    ? Omit<M, 'id'>
    : never
  : never;

type Answer = Extract<FromWriter, { ok: true }>;

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

export interface Writer {
  submit(response: NewResponse, claim?: IdempotencyClaim): Promise<SaveResult>;
  saveTags(jobs: ClaimedJob[], results: AnswerTags[], by: TaggedBy, now: Date): Promise<void>;
  claimJobs(options: { limit: number; now: Date; leaseMs: number }): Promise<ClaimedJob[]>;
  /** Milliseconds so far during which responses were waiting to be written (only grows). */
  submissionsBusyMs(): number;
  close(): Promise<void>;
}

const writers = new WeakMap<Db, Writer>();

/** The writer thread `db` writes responses and tags through, if it has one. */
export const writerOf = (db: Db): Writer | undefined => writers.get(db);

/** Gives `db` (opened from `file`) a writer thread; started when first needed. */
export function attachWriter(db: Db, file: string): Writer {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // Time with responses in hand, so that tagging can wait while parents' answers queue.
  let submissionsInHand = 0;
  let busySince = 0;
  let busyMs = 0;
  const trackSubmission = (change: 1 | -1) => {
    if (change === 1 && submissionsInHand === 0) busySince = performance.now();
    submissionsInHand += change;
    if (change === -1 && submissionsInHand === 0) busyMs += performance.now() - busySince;
  };

  function fail(from: Worker, error: Error) {
    if (worker !== from) return;
    worker = undefined;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  }

  function spawn(): Worker {
    const w = new Worker(entry, {
      workerData: { file } satisfies WriterData,
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    });
    // An idle writer must not keep the process alive; one with writes in hand does.
    w.unref();
    w.on('message', (message: FromWriter) => {
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      if (pending.size === 0) w.unref();
      if (message.ok) p.resolve(message);
      else p.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
    });
    w.on('error', (error) => fail(w, error));
    w.on('exit', (code) => fail(w, new Error(`the database writer stopped (exit code ${code})`)));
    worker = w;
    return w;
  }

  function request(message: Request): Promise<Answer> {
    const w = worker ?? spawn();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ ...message, id } as ToWriter);
    });
  }

  const writer: Writer = {
    async submit(response, claim) {
      trackSubmission(1);
      const { result } = await request({
        kind: 'submit',
        response,
        ...(claim ? { claim } : {}),
      }).finally(() => trackSubmission(-1));
      if (!result) throw new Error('The database writer gave no result for a response.');
      return result;
    },
    async saveTags(jobs, results, by, now) {
      await request({ kind: 'tags', jobs, results, by, now: now.toISOString() });
    },
    submissionsBusyMs() {
      return busyMs + (submissionsInHand > 0 ? performance.now() - busySince : 0);
    },
    async claimJobs({ limit, now, leaseMs }) {
      const { claimed } = await request({ kind: 'claim', limit, leaseMs, now: now.toISOString() });
      return claimed ?? [];
    },
    /** Lets writes in hand finish, closes the thread's connection and stops it. */
    async close() {
      const w = worker;
      if (!w) return;
      await request({ kind: 'close' }).catch(() => undefined);
      fail(w, new Error('the database writer was closed'));
      await w.terminate();
    },
  };
  writers.set(db, writer);
  return writer;
}
