// The main thread's handle on a tagging thread: taggers are built and run there, so no answer,
// however long, holds up a request. A thread that dies or takes too long is stopped and the next
// request starts a new one; the work it had is failed back to the caller (the tag worker leaves
// those jobs to be retried by lease).
import { Worker } from 'node:worker_threads';
import type { TagResult } from '../../analysis/tag-answer.ts';
import type { CompareInput, ThemeChange } from './compare-codebooks.ts';
import type {
  FromThread,
  LoadTagger,
  TagItem,
  ThreadData,
  ThreadResult,
  ToThread,
} from './tagging-messages.ts';

// Compiled (npm start), the thread runs its JavaScript directly; from TypeScript (tests, tsx), its
// entry first registers tsx's loader.
const threadEntry = import.meta.url.endsWith('.js')
  ? new URL('./tagging-thread.js', import.meta.url)
  : new URL('./tagging-thread-start.mjs', import.meta.url);

export interface TaggingThreadOptions {
  /** Characters of an answer read at most (the server's MAX_ANSWER_CHARS). */
  maxChars: number;
}

/** A request not answered in this time stops the thread (a stuck answer must not stall all). */
const DEFAULT_TIMEOUT_MS = 30_000;
/** About 70 MB in use once loaded; a preview of 5,000 answers at the limit needs a few hundred. */
const THREAD_HEAP_MB = 1024;

/** A codebook version (and model) the thread should tag with; stamp says which. */
export type TaggerSpec = Omit<LoadTagger, 'kind'>;

interface Pending {
  resolve: (result: ThreadResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function createTaggingThread(options: TaggingThreadOptions) {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** The stamp of each codebook key the current thread has built. */
  const loaded = new Map<string, string>();
  let starts = 0;

  function fail(from: Worker, error: Error) {
    if (worker !== from) return;
    worker = undefined;
    loaded.clear();
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    pending.clear();
  }

  function spawn(): Worker {
    const data: ThreadData = { maxChars: options.maxChars };
    const w = new Worker(threadEntry, {
      workerData: data,
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
      // A thread that runs out of memory is stopped on its own, not with the whole server.
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    });
    starts += 1;
    // An idle thread must not keep the process (a test run, the CLI) alive; a busy one does.
    w.unref();
    w.on('message', (message: FromThread) => {
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      clearTimeout(p.timer);
      if (pending.size === 0) w.unref();
      if (message.ok) p.resolve(message.result);
      else p.reject(new Error(message.message));
    });
    w.on('error', (error) => fail(w, error));
    w.on('exit', (code) => fail(w, new Error(`the tagging thread stopped (exit code ${code})`)));
    worker = w;
    return w;
  }

  function request(
    w: Worker,
    message: ToThread & { id: number },
    timeoutMs: number,
  ): Promise<ThreadResult> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        fail(w, new Error(`the tagging thread took over ${timeoutMs} ms and was stopped`));
        void w.terminate();
      }, timeoutMs);
      pending.set(message.id, { resolve, reject, timer });
      w.ref();
      w.postMessage(message);
    });
  }

  return {
    /** Tags every item with its codebook's tagger, building any the thread lacks first. */
    async tag(
      taggers: Iterable<TaggerSpec>,
      items: TagItem[],
      timeoutMs = DEFAULT_TIMEOUT_MS,
    ): Promise<TagResult[]> {
      const w = worker ?? spawn();
      for (const spec of taggers) {
        if (loaded.get(spec.key) === spec.stamp) continue;
        w.postMessage({ kind: 'load', ...spec } satisfies ToThread);
        loaded.set(spec.key, spec.stamp);
      }
      const message = { kind: 'tag' as const, id: nextId++, items };
      return (await request(w, message, timeoutMs)) as TagResult[];
    },
    async compare(
      input: Omit<CompareInput, 'maxChars'>,
      timeoutMs = DEFAULT_TIMEOUT_MS,
    ): Promise<ThemeChange[]> {
      const w = worker ?? spawn();
      const message = { kind: 'compare' as const, id: nextId++, maxChars: options.maxChars };
      return (await request(w, { ...input, ...message }, timeoutMs)) as ThemeChange[];
    },
    /** Starts the thread ahead of the first request (it takes a moment to load). */
    prepare() {
      if (!worker) spawn();
    },
    /** How many threads were started (1 unless one died or was stopped). */
    get starts() {
      return starts;
    },
    async close() {
      const w = worker;
      if (!w) return;
      fail(w, new Error('the tagging thread was closed'));
      await w.terminate();
    },
  };
}
export type TaggingThread = ReturnType<typeof createTaggingThread>;

/** How long an unused thread is kept for the next app in the process (tests boot one per test). */
const IDLE_CLOSE_MS = 5000;
const shared = new Map<
  number,
  { thread: TaggingThread; users: number; idle?: NodeJS.Timeout | undefined }
>();

/**
 * The process's tagging thread: the tag worker and the codebook preview share it, as do several
 * apps in one process (the tests). Released by its last user, it is closed after a short wait
 * (it never keeps the process alive meanwhile).
 */
export function acquireTaggingThread(options: TaggingThreadOptions) {
  let entry = shared.get(options.maxChars);
  if (!entry) {
    entry = { thread: createTaggingThread(options), users: 0 };
    shared.set(options.maxChars, entry);
  }
  const held = entry;
  held.users += 1;
  clearTimeout(held.idle);
  held.idle = undefined;
  let released = false;
  return {
    thread: held.thread,
    release() {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users > 0) return;
      held.idle = setTimeout(() => {
        if (held.users > 0) return;
        shared.delete(options.maxChars);
        void held.thread.close();
      }, IDLE_CLOSE_MS);
      held.idle.unref();
    },
  };
}
