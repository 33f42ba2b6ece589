// Runs inside a worker thread (see tagging-thread-client.ts): tagging is synchronous CPU work, and
// on the main thread one long answer held up every request, parents' included. The thread keeps
// the built taggers; the main thread keeps the database.
import { parentPort, workerData } from 'node:worker_threads';
import { createTagger, type Tagger, type ThemeModel } from '../../analysis/tag-answer.ts';
import { compareCodebooks } from './compare-codebooks.ts';
import type {
  FromThread,
  LoadTagger,
  TagItem,
  ThreadData,
  ThreadResult,
  ToThread,
} from './tagging-messages.ts';

const { maxChars } = workerData as ThreadData;
const taggers = new Map<string, { stamp: string; tagger?: Tagger; error?: string }>();

/** The model's code (and zod, which checks its file) is loaded only once a model is in use. */
async function modelFrom(document: unknown): Promise<ThemeModel | undefined> {
  if (!document) return undefined;
  const { themeModelFromFile } = await import('../../analysis/theme-model.ts');
  return themeModelFromFile(document);
}

async function load(message: LoadTagger) {
  try {
    const model = await modelFrom(message.model);
    const tagger = createTagger({ codebook: message.codebook, model, maxChars });
    taggers.set(message.key, { stamp: message.stamp, tagger });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    taggers.set(message.key, { stamp: message.stamp, error: text });
  }
}

function tagAll(items: TagItem[]) {
  return items.map(({ key, text, question }) => {
    const entry = taggers.get(key);
    if (!entry?.tagger) throw new Error(`codebook ${key}: ${entry?.error ?? 'not loaded'}`);
    return entry.tagger.tag({ text, question });
  });
}

async function reply(id: number, work: () => ThreadResult | Promise<ThreadResult>) {
  let message: FromThread;
  try {
    message = { id, ok: true, result: await work() };
  } catch (error) {
    message = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(message);
}

function handle(message: ToThread): Promise<void> {
  if (message.kind === 'load') return load(message);
  if (message.kind === 'tag') return reply(message.id, () => tagAll(message.items));
  return reply(message.id, async () =>
    compareCodebooks({ ...message, maxChars }, await modelFrom(message.model)),
  );
}

// Loading a model is asynchronous: messages are handled one after another, in the order sent.
let queue = Promise.resolve();
parentPort?.on('message', (message: ToThread) => {
  queue = queue.then(() => handle(message));
});
