// Group commit: submissions that arrive together share one transaction, so one fsync acknowledges
// many responses. Each submission runs in its own savepoint, so its idempotency claim, access code
// and rows stand or fall alone, and nothing is acknowledged before its batch has committed.
import type { Db } from './connection.ts';
import type { PreparedQuery } from './prepared-query.ts';
import { randomRowid, retryOnRowidClash } from './random-rowid.ts';
import {
  claimKey,
  findClaim,
  findPreviousInSeries,
  findUsableCode,
  insertLink,
  insertReceipt,
  insertResponseRow,
  insertSummary,
  insertTagJob,
  RELEASE_SAVEPOINT,
  ROLLBACK_TO_SAVEPOINT,
  SAVEPOINT,
  spendCode,
} from './response-statements.ts';
import type { IdempotencyClaim, NewResponse, SaveResult } from './responses-repository.ts';

/** Bounds the time one transaction holds the database and the work lost to a failed commit. */
export const MAX_BATCH = 256;

interface Pending {
  response: NewResponse;
  claim?: IdempotencyClaim;
  resolve: (result: SaveResult) => void;
  reject: (error: unknown) => void;
}

const batchers = new WeakMap<Db, (pending: Pending) => void>();

export function submitToBatch(db: Db, response: NewResponse, claim?: IdempotencyClaim) {
  let enqueue = batchers.get(db);
  if (!enqueue) {
    enqueue = createBatcher(db);
    batchers.set(db, enqueue);
  }
  const add = enqueue;
  return new Promise<SaveResult>((resolve, reject) => add({ response, claim, resolve, reject }));
}

function createBatcher(db: Db) {
  let queue: Pending[] = [];
  let draining = false;

  async function drain() {
    // Submissions that arrive while a batch commits wait in the queue and form the next batch.
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      await commitBatch(db, batch);
    }
    draining = false;
  }

  return (pending: Pending) => {
    queue.push(pending);
    if (draining) return;
    draining = true;
    // One turn of the event loop, not a timer: requests already read in this turn join the batch,
    // and a lone submission waits for nothing.
    setImmediate(() => void drain());
  };
}

async function commitBatch(db: Db, batch: Pending[]) {
  const outcomes: Array<{ ok: true; result: SaveResult } | { ok: false; error: unknown }> = [];
  try {
    await db.transaction().execute(async (trx) => {
      for (const { response, claim } of batch) {
        outcomes.push(await storeInSavepoint(db, trx, response, claim));
      }
    });
  } catch (error) {
    for (const pending of batch) pending.reject(error);
    return;
  }
  batch.forEach((pending, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) pending.resolve(outcome.result);
    else pending.reject(outcome?.error);
  });
}

/** One submission: kept when stored, rolled back to where it began when refused or failed. */
export async function storeInSavepoint(
  db: Db,
  trx: Db,
  response: NewResponse,
  claim?: IdempotencyClaim,
) {
  await trx.executeQuery(SAVEPOINT);
  let outcome: { ok: true; result: SaveResult } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, result: await store(db, trx, response, claim) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  // Anything but a stored or replayed response leaves nothing behind: not even a spent code.
  if (!outcome.ok || (outcome.result.kind !== 'stored' && outcome.result.kind !== 'replayed')) {
    await trx.executeQuery(ROLLBACK_TO_SAVEPOINT);
  }
  await trx.executeQuery(RELEASE_SAVEPOINT);
  return outcome;
}

/** Runs an insert with a fresh random rowid (db/random-rowid.ts), again on the rare clash. */
function insertShuffled<P extends { rowid: number }, O>(
  db: Db,
  trx: Db,
  query: PreparedQuery<P, O>,
  params: Omit<P, 'rowid'>,
) {
  return retryOnRowidClash(() => query.run(db, { ...params, rowid: randomRowid() } as P, trx));
}

async function store(
  db: Db,
  trx: Db,
  response: NewResponse,
  claim?: IdempotencyClaim,
): Promise<SaveResult> {
  const surveyId = response.surveyId;
  if (claim) {
    const { keyHash, requestHash } = claim;
    const claimed = await insertShuffled(db, trx, claimKey, {
      surveyId,
      keyHash,
      requestHash,
      responseId: response.id,
      createdAt: response.submittedAt,
    });
    if (Number(claimed.numAffectedRows ?? 0) === 0) {
      const { rows } = await findClaim.run(db, { surveyId, keyHash }, trx);
      const previous = rows[0];
      if (!previous) throw new Error('An idempotency key was neither claimed nor found.');
      return previous.request_hash === requestHash
        ? { kind: 'replayed', id: previous.response_id }
        : { kind: 'key_reused' };
    }
  }
  // After the key: a replay returns above without needing (or burning) a second code.
  if (response.accessCode !== undefined) {
    const { hash, spentTag } = response.accessCode;
    const issued = await findUsableCode.run(db, { surveyId, codeHash: hash }, trx);
    if (issued.rows.length === 0) return { kind: 'access_code_invalid' };
    const spent = await insertShuffled(db, trx, spendCode, { surveyId, tag: spentTag });
    if (Number(spent.numAffectedRows ?? 0) !== 1) return { kind: 'access_code_invalid' };
  }
  let previousId: string | undefined;
  if (response.previous) {
    const { rows } = await findPreviousInSeries.run(db, { ...response.previous, surveyId }, trx);
    previousId = rows[0]?.id;
    if (previousId === undefined) return { kind: 'previous_not_found' };
  }
  const channel = response.channel ?? 'online';
  const common = {
    surveyId,
    versionId: response.versionId,
    submittedAt: response.submittedAt,
    channel,
  };
  await insertShuffled(db, trx, insertResponseRow, {
    id: response.id,
    answers: JSON.stringify(response.answers),
    ...common,
  });
  if (response.answerCodes !== undefined) {
    // Nothing of this response is analysed yet: its summary is empty until it is tagged.
    await insertShuffled(db, trx, insertSummary, {
      responseId: response.id,
      answerCodes: response.answerCodes,
      ...common,
    });
  }
  if (response.receiptTag !== undefined) {
    const kept = await insertShuffled(db, trx, insertReceipt, {
      tag: response.receiptTag,
      responseId: response.id,
    });
    if (Number(kept.numAffectedRows ?? 0) !== 1) return { kind: 'receipt_taken' };
  }
  if (previousId !== undefined) {
    const linked = await insertShuffled(db, trx, insertLink, {
      responseId: response.id,
      previousId,
      surveyId,
    });
    if (Number(linked.numAffectedRows ?? 0) !== 1) return { kind: 'previous_already_linked' };
  }
  if (response.queueTagging) {
    await insertShuffled(db, trx, insertTagJob, {
      responseId: response.id,
      createdAt: response.submittedAt,
    });
  }
  return { kind: 'stored', id: response.id };
}
