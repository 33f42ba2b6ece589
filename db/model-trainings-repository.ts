// Training runs from officers' codes, queued in the database so that any instance may run one and
// a run whose instance died is taken up again when its lease runs out.
import type { Selectable } from 'kysely';
import type { Db } from './connection.ts';
import type { ModelTrainingsTable } from './schema.ts';
import { inTransaction } from './transaction.ts';

export type ModelTrainingRow = Selectable<ModelTrainingsTable>;
export type TrainingSummaryRow = Omit<ModelTrainingRow, 'document'>;

const UNFINISHED = ['queued', 'running'];
/** A run that failed this often (its instance died each time) is given up. */
export const MAX_TRAINING_ATTEMPTS = 3;

const SUMMARY_COLUMNS = [
  'id',
  'status',
  'codebook_key',
  'requested_by',
  'requested_at',
  'lease_until',
  'attempts',
  'finished_at',
  'coded',
  'held_out',
  'agreement',
  'labels',
  'model_id',
  'decided_by',
  'decided_at',
  'failure',
] as const;

/** Queues a run unless one is already queued or running: that one is returned instead. */
export async function queueTraining(
  db: Db,
  run: { id: string; codebookKey: string; requestedBy: string; at: string },
): Promise<{ queued: boolean; id: string }> {
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('model_trainings')
      .select('id')
      .where('status', 'in', UNFINISHED)
      .executeTakeFirst();
    if (existing) return { queued: false, id: existing.id };
    await trx
      .insertInto('model_trainings')
      .values({
        id: run.id,
        status: 'queued',
        codebook_key: run.codebookKey,
        requested_by: run.requestedBy,
        requested_at: run.at,
      })
      .execute();
    return { queued: true, id: run.id };
  });
}

/** Takes the oldest waiting run (or one whose lease ran out); undefined when there is none. */
export async function claimTraining(
  db: Db,
  now: Date,
  leaseMs: number,
): Promise<ModelTrainingRow | undefined> {
  const at = now.toISOString();
  const candidate = await db
    .selectFrom('model_trainings')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('status', '=', 'queued'),
        eb.and([eb('status', '=', 'running'), eb('lease_until', '<', at)]),
      ]),
    )
    .orderBy('requested_at')
    .executeTakeFirst();
  if (!candidate) return undefined;
  if (candidate.attempts >= MAX_TRAINING_ATTEMPTS) {
    await finishTraining(db, candidate.id, {
      status: 'failed',
      finished_at: at,
      failure: 'The training stopped several times before it finished.',
    });
    return undefined;
  }
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  // Conditional on what was read, so of two instances only one wins the run.
  const won = await db
    .updateTable('model_trainings')
    .set({ status: 'running', lease_until: leaseUntil, attempts: candidate.attempts + 1 })
    .where('id', '=', candidate.id)
    .where('status', '=', candidate.status)
    .where('attempts', '=', candidate.attempts)
    .executeTakeFirst();
  if (Number(won.numUpdatedRows) !== 1) return undefined;
  return {
    ...candidate,
    status: 'running',
    lease_until: leaseUntil,
    attempts: candidate.attempts + 1,
  };
}

/** Keeps a long run from being taken over while its instance is still working on it. */
export async function renewTrainingLease(db: Db, id: string, until: string): Promise<void> {
  await db
    .updateTable('model_trainings')
    .set({ lease_until: until })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

type Finish = Partial<Omit<ModelTrainingRow, 'id' | 'requested_by' | 'requested_at'>>;

/** Records the end of a running run; false when it was no longer running (taken over). */
export async function finishTraining(db: Db, id: string, finish: Finish): Promise<boolean> {
  const result = await db
    .updateTable('model_trainings')
    .set({ ...finish, lease_until: null })
    .where('id', '=', id)
    .where('status', 'in', UNFINISHED)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listTrainings(db: Db, limit = 10): Promise<TrainingSummaryRow[]> {
  return db
    .selectFrom('model_trainings')
    .select(SUMMARY_COLUMNS)
    .orderBy('requested_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findTraining(db: Db, id: string): Promise<ModelTrainingRow | undefined> {
  return db.selectFrom('model_trainings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a ready run to installed or discarded; false when it is not (or no longer) ready. */
export async function decideTraining(
  db: Db,
  id: string,
  decision: { status: 'installed' | 'discarded'; by: string; at: string; modelId?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('model_trainings')
    .set({
      status: decision.status,
      decided_by: decision.by,
      decided_at: decision.at,
      model_id: decision.modelId ?? null,
      // The model is kept in theme_models once installed; a discarded one is not needed again.
      document: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'ready')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
