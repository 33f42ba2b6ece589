import type { AccessCodeKeys } from './access-codes-repository.ts';
import type { Db } from './connection.ts';
import { storeInSavepoint, submitToBatch } from './response-batcher.ts';
import { writerOf } from './writer-client.ts';

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
  /** The access code that lets this response in (its hash and spent tag), used in the same
   * transaction without touching the code's own row. */
  accessCode?: AccessCodeKeys;
  /** What reports count of the answers (analysis/report/stored-codes.ts), stored alongside. */
  answerCodes?: string;
  /** The keyed tag of the parent's receipt code (server/receipts.ts), never the code. */
  receiptTag?: string;
  /** The tag of their receipt for the previous survey of the series, to link the two. */
  previous?: { tag: string; series: string; startedAt: string };
}

export interface IdempotencyClaim {
  keyHash: string;
  requestHash: string;
}

export type SaveResult =
  | { kind: 'stored'; id: string }
  | { kind: 'replayed'; id: string }
  | { kind: 'key_reused' }
  | { kind: 'access_code_invalid' }
  /** Another response already holds this receipt code. */
  | { kind: 'receipt_taken' }
  /** The earlier receipt is unknown, withdrawn, or of a survey outside the series. */
  | { kind: 'previous_not_found' }
  /** The earlier response is already linked to a response to this survey. */
  | { kind: 'previous_already_linked' };

/**
 * Stores a response. With an idempotency claim, the key is claimed in the same transaction, so a
 * retried submission (from this or another app instance) returns the first response's id.
 * Submissions arriving together share one transaction and one fsync (db/response-batcher.ts); the
 * promise settles only once that transaction has committed.
 */
export async function insertResponse(
  db: Db,
  response: NewResponse,
  claim?: IdempotencyClaim,
): Promise<SaveResult> {
  if (!db.isTransaction) {
    return writerOf(db)?.submit(response, claim) ?? submitToBatch(db, response, claim);
  }
  // Inside the caller's transaction, its commit is the one that counts.
  const outcome = await storeInSavepoint(db, db, response, claim);
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
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
