// Batches of responses set aside from reports. Setting aside and undoing each write their audit
// row in the same transaction; nothing here deletes a response or a batch.
import { randomUUID } from 'node:crypto';
import { type AuditActor, audit } from './audit-repository.ts';
import type { Db } from './connection.ts';
import { inTransaction } from './transaction.ts';

const IN_CHUNK = 500;

export interface NewBatch {
  surveyId: string;
  surveySlug: string;
  clusterId: string;
  fromHour: string | null;
  toHour: string | null;
  reason: string;
  responseIds: readonly string[];
  actor: AuditActor;
  at: Date;
}

/** Those of these responses already in a batch in force. */
async function alreadySetAside(trx: Db, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const rows = await trx
      .selectFrom('set_aside_responses')
      .select('response_id')
      .where('response_id', 'in', ids.slice(i, i + IN_CHUNK))
      .where('active', '=', 1)
      .execute();
    for (const row of rows) found.add(row.response_id);
  }
  return found;
}

/**
 * Records the batch and its responses, with its audit row. Responses set aside meanwhile (by
 * another officer) are left out, checked in the transaction that writes, so a response is never in
 * two batches in force. Returns the batch, or null when none of the responses was left.
 */
export async function setAsideBatch(
  db: Db,
  batch: NewBatch,
): Promise<{ id: string; responses: number } | null> {
  const id = randomUUID();
  return inTransaction(db, async (trx) => {
    const taken = await alreadySetAside(trx, batch.responseIds);
    const responseIds = batch.responseIds.filter((r) => !taken.has(r));
    if (responseIds.length === 0) return null;
    await trx
      .insertInto('set_aside_batches')
      .values({
        id,
        survey_id: batch.surveyId,
        cluster_id: batch.clusterId,
        from_hour: batch.fromHour,
        to_hour: batch.toHour,
        responses: responseIds.length,
        reason: batch.reason,
        set_by: batch.actor.email,
        set_at: batch.at.toISOString(),
      })
      .execute();
    for (let i = 0; i < responseIds.length; i += IN_CHUNK) {
      await trx
        .insertInto('set_aside_responses')
        .values(
          responseIds
            .slice(i, i + IN_CHUNK)
            .map((responseId) => ({ batch_id: id, response_id: responseId })),
        )
        .execute();
    }
    await audit(trx, {
      actor: batch.actor,
      action: 'responses.set_aside',
      target: batch.surveySlug,
      details: {
        batch: id,
        cluster: batch.clusterId,
        responses: responseIds.length,
        fromHour: batch.fromHour,
        toHour: batch.toHour,
        reason: batch.reason,
      },
      at: batch.at,
    });
    return { id, responses: responseIds.length };
  });
}

/**
 * Undoes a batch of this survey: its responses count again. False when there is no such batch
 * or it was already undone (checked in the transaction that writes, so two undos cannot both win).
 */
export async function undoSetAside(
  db: Db,
  undo: {
    surveyId: string;
    surveySlug: string;
    batchId: string;
    reason: string | null;
    actor: AuditActor;
    at: Date;
  },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('set_aside_batches')
      .set({
        undone_by: undo.actor.email,
        undone_at: undo.at.toISOString(),
        undo_reason: undo.reason,
      })
      .where('id', '=', undo.batchId)
      .where('survey_id', '=', undo.surveyId)
      .where('undone_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await trx
      .updateTable('set_aside_responses')
      .set({ active: 0 })
      .where('batch_id', '=', undo.batchId)
      .execute();
    await audit(trx, {
      actor: undo.actor,
      action: 'responses.set_aside_undo',
      target: undo.surveySlug,
      details: { batch: undo.batchId, reason: undo.reason },
      at: undo.at,
    });
    return true;
  });
}

export interface SetAsideBatch {
  id: string;
  clusterId: string;
  fromHour: string | null;
  toHour: string | null;
  responses: number;
  reason: string;
  setBy: string;
  setAt: string;
  undoneBy: string | null;
  undoneAt: string | null;
  undoReason: string | null;
}

/** Every batch of a survey, newest first, undone ones included. */
export async function listSetAsideBatches(db: Db, surveyId: string): Promise<SetAsideBatch[]> {
  const rows = await db
    .selectFrom('set_aside_batches')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .orderBy('set_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clusterId: r.cluster_id,
    fromHour: r.from_hour,
    toHour: r.to_hour,
    responses: r.responses,
    reason: r.reason,
    setBy: r.set_by,
    setAt: r.set_at,
    undoneBy: r.undone_by,
    undoneAt: r.undone_at,
    undoReason: r.undo_reason,
  }));
}

/** How many of the survey's (or one version's) responses are set aside now. */
export async function countSetAside(db: Db, surveyId: string, versionId?: string) {
  let query = db
    .selectFrom('set_aside_responses as sa')
    .innerJoin('responses as r', 'r.id', 'sa.response_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('sa.active', '=', 1)
    .where('r.survey_id', '=', surveyId);
  if (versionId) query = query.where('r.version_id', '=', versionId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
