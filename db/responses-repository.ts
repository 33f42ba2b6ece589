import { spendAccessCode } from './access-codes-repository.ts';
import type { Db } from './connection.ts';

/** online: a parent on the site; paper and telephone: typed in by an officer on their behalf. */
export type ResponseChannel = 'online' | 'paper' | 'telephone';

export interface NewResponse {
  id: string;
  surveyId: string;
  versionId: string;
  answers: Record<string, unknown>;
  submittedAt: string;
  /** Queue the response for theme tagging in the same transaction, so no answer is missed. */
  queueTagging?: boolean;
  channel?: ResponseChannel;
  /** Hash of the access code that lets this response in; used in the same transaction. */
  accessCodeHash?: string;
  /** What reports count of the answers (analysis/report/stored-codes.ts), stored alongside. */
  answerCodes?: string;
}

export interface IdempotencyClaim {
  keyHash: string;
  requestHash: string;
}

export type SaveResult =
  | { kind: 'stored'; id: string }
  | { kind: 'replayed'; id: string }
  | { kind: 'key_reused' }
  | { kind: 'access_code_invalid' };

/** Thrown inside the transaction so that the idempotency key it claimed is rolled back too. */
class AccessCodeRefused extends Error {}

/**
 * Stores a response. With an idempotency claim, the key is claimed in the same transaction, so a
 * retried submission (from this or another app instance) returns the first response's id.
 */
export async function insertResponse(
  db: Db,
  response: NewResponse,
  claim?: IdempotencyClaim,
): Promise<SaveResult> {
  return storeResponse(db, response, claim).catch((error: unknown) => {
    if (error instanceof AccessCodeRefused) return { kind: 'access_code_invalid' as const };
    throw error;
  });
}

function storeResponse(db: Db, response: NewResponse, claim?: IdempotencyClaim) {
  return db.transaction().execute(async (trx): Promise<SaveResult> => {
    if (claim) {
      const inserted = await trx
        .insertInto('idempotency_keys')
        .values({
          survey_id: response.surveyId,
          key_hash: claim.keyHash,
          request_hash: claim.requestHash,
          response_id: response.id,
          created_at: response.submittedAt,
        })
        .onConflict((oc) => oc.columns(['survey_id', 'key_hash']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
        const previous = await trx
          .selectFrom('idempotency_keys')
          .select(['request_hash', 'response_id'])
          .where('survey_id', '=', response.surveyId)
          .where('key_hash', '=', claim.keyHash)
          .executeTakeFirstOrThrow();
        return previous.request_hash === claim.requestHash
          ? { kind: 'replayed', id: previous.response_id }
          : { kind: 'key_reused' };
      }
    }
    // After the key: a replay returns above without needing (or burning) a second code.
    if (response.accessCodeHash !== undefined) {
      if (!(await spendAccessCode(trx, response.surveyId, response.accessCodeHash))) {
        throw new AccessCodeRefused();
      }
    }
    await trx
      .insertInto('responses')
      .values({
        id: response.id,
        survey_id: response.surveyId,
        version_id: response.versionId,
        answers: JSON.stringify(response.answers),
        submitted_at: response.submittedAt,
        channel: response.channel ?? 'online',
      })
      .execute();
    if (response.answerCodes !== undefined) {
      // Nothing of this response is analysed yet: its summary is empty until it is tagged.
      await trx
        .insertInto('report_summaries')
        .values({
          response_id: response.id,
          survey_id: response.surveyId,
          version_id: response.versionId,
          submitted_at: response.submittedAt,
          channel: response.channel ?? 'online',
          answer_codes: response.answerCodes,
          summary: '{}',
        })
        .execute();
    }
    if (response.queueTagging) {
      await trx
        .insertInto('tag_jobs')
        .values({
          response_id: response.id,
          run_id: null,
          created_at: response.submittedAt,
          lease_until: null,
          attempts: 0,
        })
        .execute();
    }
    return { kind: 'stored', id: response.id };
  });
}

/** Keys only need to outlive a browser's retries; old ones are removed. */
export async function deleteIdempotencyKeysBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countResponses(db: Db, surveySlug?: string): Promise<number> {
  let query = db
    .selectFrom('responses')
    .innerJoin('surveys', 'surveys.id', 'responses.survey_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (surveySlug !== undefined) query = query.where('surveys.slug', '=', surveySlug);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface StoredResponse {
  id: string;
  version: number;
  answers: Record<string, unknown>;
  submittedAt: string;
}

export async function listResponses(db: Db, surveySlug: string): Promise<StoredResponse[]> {
  const rows = await db
    .selectFrom('responses')
    .innerJoin('surveys', 'surveys.id', 'responses.survey_id')
    .innerJoin('survey_versions', 'survey_versions.id', 'responses.version_id')
    .select([
      'responses.id',
      'responses.answers',
      'responses.submitted_at',
      'survey_versions.version',
    ])
    .where('surveys.slug', '=', surveySlug)
    .orderBy('responses.submitted_at')
    .orderBy('responses.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    answers: JSON.parse(r.answers) as Record<string, unknown>,
    submittedAt: r.submitted_at,
  }));
}

/** Responses per survey id, for the officers' list of surveys. */
export async function countResponsesBySurvey(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('responses')
    .select((eb) => ['survey_id', eb.fn.countAll<number | string>().as('n')])
    .groupBy('survey_id')
    .execute();
  return new Map(rows.map((r) => [r.survey_id, Number(r.n)]));
}
