// The writes of one submission, each compiled once (db/prepared-query.ts). Each insert takes a
// random rowid (db/random-rowid.ts), so rows are not stored in the order they arrived.
import { CompiledQuery } from 'kysely';
import { prepareQuery } from './prepared-query.ts';
import { rowidOf, withRowid } from './random-rowid.ts';

export const claimKey = prepareQuery(
  (
    db,
    p: {
      surveyId: string;
      keyHash: string;
      requestHash: string;
      responseId: string;
      createdAt: string;
      rowid: number;
    },
  ) =>
    withRowid(db)
      .insertInto('idempotency_keys')
      .values({
        ...rowidOf(db, p.rowid),
        survey_id: p.surveyId,
        key_hash: p.keyHash,
        request_hash: p.requestHash,
        response_id: p.responseId,
        created_at: p.createdAt,
      })
      .onConflict((oc) => oc.columns(['survey_id', 'key_hash']).doNothing()),
);

export const findClaim = prepareQuery((db, p: { surveyId: string; keyHash: string }) =>
  db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response_id'])
    .where('survey_id', '=', p.surveyId)
    .where('key_hash', '=', p.keyHash),
);

/** An issued code not used before spent_access_codes existed (its row is only read). */
export const findUsableCode = prepareQuery((db, p: { surveyId: string; codeHash: string }) =>
  db
    .selectFrom('access_codes')
    .select('code_hash')
    .where('survey_id', '=', p.surveyId)
    .where('code_hash', '=', p.codeHash)
    .where('used', '=', 0),
);

/** Uses a code: its keyed tag, unique per survey, so of two racing submissions one wins. */
export const spendCode = prepareQuery((db, p: { surveyId: string; tag: string; rowid: number }) =>
  withRowid(db)
    .insertInto('spent_access_codes')
    .values({ ...rowidOf(db, p.rowid), survey_id: p.surveyId, tag: p.tag })
    .onConflict((oc) => oc.columns(['survey_id', 'tag']).doNothing()),
);

export const insertResponseRow = prepareQuery(
  (
    db,
    p: {
      id: string;
      surveyId: string;
      versionId: string;
      answers: string;
      submittedAt: string;
      channel: string;
      rowid: number;
    },
  ) =>
    withRowid(db)
      .insertInto('responses')
      .values({
        ...rowidOf(db, p.rowid),
        id: p.id,
        survey_id: p.surveyId,
        version_id: p.versionId,
        answers: p.answers,
        submitted_at: p.submittedAt,
        channel: p.channel,
      }),
);

export const insertSummary = prepareQuery(
  (
    db,
    p: {
      responseId: string;
      surveyId: string;
      versionId: string;
      submittedAt: string;
      channel: string;
      answerCodes: string;
      rowid: number;
    },
  ) =>
    withRowid(db)
      .insertInto('report_summaries')
      .values({
        ...rowidOf(db, p.rowid),
        response_id: p.responseId,
        survey_id: p.surveyId,
        version_id: p.versionId,
        submitted_at: p.submittedAt,
        channel: p.channel,
        answer_codes: p.answerCodes,
        summary: '{}',
      }),
);

export const insertTagJob = prepareQuery(
  (db, p: { responseId: string; createdAt: string; rowid: number }) =>
    withRowid(db)
      .insertInto('tag_jobs')
      .values({
        ...rowidOf(db, p.rowid),
        response_id: p.responseId,
        run_id: null,
        created_at: p.createdAt,
        lease_until: null,
        attempts: 0,
      }),
);

// Standard SQL, the same in SQLite and PostgreSQL. One name is enough: submissions in a batch run
// one after another, never nested.
export const SAVEPOINT = CompiledQuery.raw('savepoint submission');
export const ROLLBACK_TO_SAVEPOINT = CompiledQuery.raw('rollback to savepoint submission');
export const RELEASE_SAVEPOINT = CompiledQuery.raw('release savepoint submission');

/** A receipt's keyed tag for a new response; the tag is unique, so a clash inserts nothing. */
export const insertReceipt = prepareQuery(
  (db, p: { tag: string; responseId: string; rowid: number }) =>
    withRowid(db)
      .insertInto('receipts')
      .values({ ...rowidOf(db, p.rowid), tag: p.tag, response_id: p.responseId })
      .onConflict((oc) => oc.column('tag').doNothing()),
);

/**
 * The response a receipt stands for, when it answered an earlier survey of the given series
 * (earlier by when it opened, or was created: the order listEarlierInSeries uses).
 */
export const findPreviousInSeries = prepareQuery(
  (db, p: { tag: string; series: string; surveyId: string; startedAt: string }) =>
    db
      .selectFrom('receipts')
      .innerJoin('responses', 'responses.id', 'receipts.response_id')
      .innerJoin('surveys', 'surveys.id', 'responses.survey_id')
      .select('responses.id')
      .where('receipts.tag', '=', p.tag)
      .where('surveys.series', '=', p.series)
      .where('surveys.id', '<>', p.surveyId)
      .where((eb) =>
        eb(eb.fn.coalesce('surveys.opens_at', 'surveys.created_at'), '<', p.startedAt),
      ),
);

/** Links a response to the same parent's earlier one; once per earlier response and survey. */
export const insertLink = prepareQuery(
  (db, p: { responseId: string; previousId: string; surveyId: string; rowid: number }) =>
    withRowid(db)
      .insertInto('response_links')
      .values({
        ...rowidOf(db, p.rowid),
        response_id: p.responseId,
        previous_response_id: p.previousId,
        survey_id: p.surveyId,
      })
      .onConflict((oc) => oc.columns(['previous_response_id', 'survey_id']).doNothing()),
);
