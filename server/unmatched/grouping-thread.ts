// Runs inside a worker thread (see group-in-thread.ts): grouping 2,000 answers compares every pair,
// which on the main thread would hold up every request, parents' included.
import { parentPort, workerData } from 'node:worker_threads';
import { type AnswerToGroup, groupAnswers } from '../../analysis/unmatched/group-answers.ts';

const input = workerData as { answers: AnswerToGroup[] };
try {
  parentPort?.postMessage({ ok: true, grouping: groupAnswers(input.answers) });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
