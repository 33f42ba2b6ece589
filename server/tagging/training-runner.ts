// Works through training runs asked for in the app, one at a time, in every instance: a run is
// claimed by lease in the database, trained in a worker thread, and its result stored for an
// administrator to install or discard.

import { MIN_CODED_EXAMPLES } from '../../analysis/learn-from-codes.ts';
import { latestCodebook } from '../../db/codebooks-repository.ts';
import {
  claimTraining,
  finishTraining,
  renewTrainingLease,
} from '../../db/model-trainings-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { officerCodedExamples } from './coded-examples.ts';
import { trainInThread } from './train-in-thread.ts';

type RunnerDeps = Pick<AppDeps, 'db' | 'logger' | 'now'>;

export interface TrainingRunnerOptions {
  /** How long a claimed run is kept from other instances without a sign of life. */
  leaseMs?: number;
  idleMs?: number;
  train?: typeof trainInThread;
}

export function createTrainingRunner(deps: RunnerDeps, options: TrainingRunnerOptions = {}) {
  const leaseMs = options.leaseMs ?? 3 * 60_000;
  const idleMs = options.idleMs ?? 5_000;
  const train = options.train ?? trainInThread;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  /** Runs the next waiting run, if any; returns its id, or undefined when none was waiting. */
  async function runOnce(): Promise<string | undefined> {
    const run = await claimTraining(deps.db, deps.now(), leaseMs);
    if (!run) return undefined;
    const startedAt = Date.now();
    try {
      const examples = await officerCodedExamples(deps.db);
      const codebook = await latestCodebook(deps.db, run.codebook_key);
      if (!codebook) throw new Error(`no codebook "${run.codebook_key}"`);
      if (examples.length < MIN_CODED_EXAMPLES) {
        await finishTraining(deps.db, run.id, {
          status: 'failed',
          finished_at: deps.now().toISOString(),
          failure: `Only ${examples.length} answers are coded by officers: code at least ${MIN_CODED_EXAMPLES} first.`,
        });
        return run.id;
      }
      const heartbeat = setInterval(() => {
        const until = new Date(deps.now().getTime() + leaseMs).toISOString();
        renewTrainingLease(deps.db, run.id, until).catch(() => {});
      }, leaseMs / 3);
      heartbeat.unref();
      const learned = await train(examples, codebook.document).finally(() =>
        clearInterval(heartbeat),
      );
      await finishTraining(deps.db, run.id, {
        status: 'ready',
        finished_at: deps.now().toISOString(),
        coded: learned.coded,
        held_out: learned.heldOut,
        agreement: JSON.stringify(learned.agreement),
        labels: JSON.stringify(learned.model.labels),
        document: JSON.stringify(learned.model),
      });
      deps.logger.info('model_training_ready', {
        run: run.id,
        coded: learned.coded,
        seconds: Math.round((Date.now() - startedAt) / 100) / 10,
      });
    } catch (error) {
      // The message may name a file or a limit, never an answer: the thread sees texts only.
      deps.logger.error('model_training_failed', {
        run: run.id,
        error: error instanceof Error ? error.message : String(error),
      });
      await finishTraining(deps.db, run.id, {
        status: 'failed',
        finished_at: deps.now().toISOString(),
        failure: 'The training failed. Try again; if it fails again, tell your administrator.',
      });
    }
    return run.id;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) =>
          deps.logger.error('model_training_failed', {
            error: error instanceof Error ? error.message : String(error),
          }),
        )
        .finally(schedule);
    }, idleMs);
    timer.unref();
  }

  return {
    runOnce,
    start() {
      stopped = false;
      schedule();
    },
    /** A run in progress is left to its lease: another instance, or this one restarted, takes
     * it up again. */
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
