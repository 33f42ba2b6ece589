// Runs inside a worker thread (see train-in-thread.ts): training takes seconds of CPU, which on
// the main thread would hold up every request, parents' included.
import { parentPort, workerData } from 'node:worker_threads';
import { parseCodebook } from '../../analysis/codebook.ts';
import { type CodedExample, learnFromCodes } from '../../analysis/learn-from-codes.ts';

const input = workerData as { examples: CodedExample[]; codebook: unknown };
try {
  parentPort?.postMessage({
    ok: true,
    learned: learnFromCodes(input.examples, parseCodebook(input.codebook)),
  });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
