// Starts training in a worker thread. The thread registers tsx's loader itself, so this works the
// same under `node --import tsx` and under the test runner.
import { Worker } from 'node:worker_threads';
import type { CodedExample, Learned } from '../../analysis/learn-from-codes.ts';

// Compiled (npm start), the thread runs its JavaScript directly; from TypeScript (tests, tsx), its
// entry first registers tsx's loader.
const threadEntry = import.meta.url.endsWith('.js')
  ? new URL('./training-thread.js', import.meta.url)
  : new URL('./training-thread-start.mjs', import.meta.url);

export function trainInThread(examples: CodedExample[], codebook: unknown): Promise<Learned> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(threadEntry, {
      workerData: { examples, codebook },
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once(
      'message',
      (message: { ok: true; learned: Learned } | { ok: false; message: string }) =>
        settle(() => (message.ok ? resolve(message.learned) : reject(new Error(message.message)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the training thread stopped (exit code ${code})`))),
    );
  });
}
