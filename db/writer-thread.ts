// The database writer: a thread with its own connection that stores responses and the tagger's
// results, so the commits, their syncs to disk and SQLite's checkpoints never hold up the app's
// event loop. Submissions that arrive together still share one transaction (response-batcher.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from './connection.ts';
import { submitToBatch } from './response-batcher.ts';
import { saveTagResults } from './tag-results-repository.ts';
import { claimTagJobs } from './tagging-repository.ts';
import type { FromWriter, ToWriter, WriterData } from './writer-messages.ts';

const port = parentPort;
if (!port) throw new Error('db/writer-thread.ts runs only as a worker thread');
// Waiting is better than failing: a long write on the app's connection (retention deleting a
// month of responses) holds the lock longer than the app's usual 5 s.
const db = openSqlite((workerData as WriterData).file, { busyTimeoutMs: 60_000 });

const reply = (message: FromWriter) => port.postMessage(message);

function errorOf(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

async function handle(message: ToWriter): Promise<FromWriter> {
  switch (message.kind) {
    case 'submit':
      return {
        id: message.id,
        ok: true,
        result: await submitToBatch(db, message.response, message.claim),
      };
    case 'tags': {
      const { jobs, results, by } = message;
      await saveTagResults(db, jobs, results, by, new Date(message.now));
      return { id: message.id, ok: true };
    }
    case 'claim': {
      const { limit, leaseMs } = message;
      const claimed = await claimTagJobs(db, { limit, leaseMs, now: new Date(message.now) });
      return { id: message.id, ok: true, claimed };
    }
    case 'close':
      // Writes already in hand finish (and are answered) before the connection closes.
      await Promise.allSettled(inFlight);
      await db.destroy();
      return { id: message.id, ok: true };
  }
}

const inFlight = new Set<Promise<unknown>>();

port.on('message', (message: ToWriter) => {
  const done = handle(message).then(reply, (error: unknown) =>
    reply({ id: message.id, ok: false, error: errorOf(error) }),
  );
  if (message.kind === 'close') return;
  inFlight.add(done);
  void done.finally(() => inFlight.delete(done));
});
