// report_summaries: one row per response: what a report counts of its answers (answer_codes, from
// the server when the response is stored) and of its free text (summary: flags, effective themes,
// and the length and fingerprint of each redacted text for choosing quotes, in the format of
// analysis/report/summary-format.ts), rewritten from answer_analysis and answer_themes in the same
// transaction as every change to them.
import { createHash } from 'node:crypto';
import { type AnswerSummary, encodeSummary } from '../analysis/report/summary-format.ts';
import type { Db } from './connection.ts';
import { answerKey, effectiveThemes } from './effective-themes.ts';
import { retryOnRowidClash, rowidOf, withRowid } from './random-rowid.ts';

export type { AnswerSummary } from '../analysis/report/summary-format.ts';

/**
 * 64 bits of SHA-1 (11 characters): two different answers sharing one is vanishingly unlikely.
 * Only substantive answers can be quoted, so only theirs is stored: a report reads 100,000 rows.
 */
const fingerprintOf = (text: string, substantive: boolean) =>
  !substantive || text.trim() === ''
    ? ''
    : createHash('sha1').update(text).digest().subarray(0, 8).toString('base64url');

const BATCH = 500;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Summaries computed from answer_analysis and answer_themes (officers' codes applied by the one
 * rule in effective-themes.ts). Responses without analysis rows get none.
 */
export async function summariseFromAnalysis(
  db: Db,
  responseIds: readonly string[],
): Promise<Map<string, Map<string, AnswerSummary>>> {
  const out = new Map<string, Map<string, AnswerSummary>>();
  for (const ids of batches([...new Set(responseIds)])) {
    const analysis = await db
      .selectFrom('answer_analysis')
      .select(['response_id', 'question', 'substantive', 'safeguarding', 'redacted'])
      .where('response_id', 'in', ids)
      .orderBy('response_id')
      .orderBy('question')
      .execute();
    if (analysis.length === 0) continue;
    const rows = await db
      .selectFrom('answer_themes')
      .select(['response_id', 'question', 'theme_id', 'source', 'present'])
      .where('response_id', 'in', ids)
      .orderBy('response_id')
      .orderBy('question')
      .orderBy('theme_id')
      .orderBy('source')
      .execute();
    const { themes } = effectiveThemes(rows);
    for (const a of analysis) {
      const answers = out.get(a.response_id) ?? new Map<string, AnswerSummary>();
      answers.set(a.question, {
        substantive: a.substantive === 1,
        safeguarding: a.safeguarding === 1,
        themes: themes.get(answerKey(a.response_id, a.question)) ?? [],
        length: a.redacted.length,
        fingerprint: fingerprintOf(a.redacted, a.substantive === 1),
      });
      out.set(a.response_id, answers);
    }
  }
  return out;
}

/**
 * Rewrites the summaries of these responses from their analysis. Call it inside the transaction
 * that changed answer_analysis or answer_themes, so a report never sees one without the other.
 * A response's answer codes, if stored, are kept.
 */
export async function refreshReportSummaries(trx: Db, responseIds: readonly string[]) {
  const summaries = await summariseFromAnalysis(trx, responseIds);
  for (const ids of batches([...new Set(responseIds)])) {
    const responses = await trx
      .selectFrom('responses')
      .select(['id', 'survey_id', 'version_id', 'submitted_at', 'channel'])
      .where('id', 'in', ids)
      .execute();
    if (responses.length === 0) continue;
    const values = () =>
      responses.map((r) => ({
        ...rowidOf(trx),
        response_id: r.id,
        survey_id: r.survey_id,
        version_id: r.version_id,
        submitted_at: r.submitted_at,
        channel: r.channel,
        answer_codes: null,
        summary: encodeSummary(summaries.get(r.id) ?? new Map()),
      }));
    // A summary written here follows the tagger's batches, so it takes a random rowid too.
    await retryOnRowidClash(() =>
      withRowid(trx)
        .insertInto('report_summaries')
        .values(values())
        .onConflict((oc) =>
          oc.column('response_id').doUpdateSet((eb) => ({ summary: eb.ref('excluded.summary') })),
        )
        .execute(),
    );
  }
}

/**
 * Fills in summaries for responses tagged before report_summaries existed, a batch at a time;
 * returns how many it wrote (0 once every tagged response has one).
 */
export async function backfillReportSummaries(db: Db, limit = BATCH): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // One look-up per response rather than per analysed answer: once every summary is there, this
    // still reads the whole table, so the tag worker asks once per process.
    const missing = await trx
      .selectFrom('responses as r')
      .select('r.id')
      .where(({ and, exists, not, selectFrom }) =>
        and([
          not(
            exists(
              selectFrom('report_summaries as s')
                .select('s.response_id')
                .whereRef('s.response_id', '=', 'r.id')
                .where('s.summary', 'is not', null),
            ),
          ),
          exists(
            selectFrom('answer_analysis as a')
              .select('a.response_id')
              .whereRef('a.response_id', '=', 'r.id'),
          ),
        ]),
      )
      .limit(limit)
      .execute();
    const ids = missing.map((m) => m.id);
    if (ids.length > 0) await refreshReportSummaries(trx, ids);
    return ids.length;
  });
}

export interface ResponseWithoutCodes {
  id: string;
  version_id: string;
  answers: string;
}

/**
 * Responses stored before answer codes were, or with codes in an older format (not starting with
 * `currentFormat`), a batch at a time: the caller computes their codes (saveAnswerCodes).
 */
export async function listResponsesWithoutCodes(
  db: Db,
  currentFormat: string,
  limit = BATCH,
): Promise<ResponseWithoutCodes[]> {
  return db
    .selectFrom('responses as r')
    .select(['r.id', 'r.version_id', 'r.answers'])
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('report_summaries as s')
            .select('s.response_id')
            .whereRef('s.response_id', '=', 'r.id')
            .where('s.answer_codes', 'like', `${currentFormat}%`),
        ),
      ),
    )
    .limit(limit)
    .execute();
}

/** Stores computed answer codes (response id → codes), with their summaries brought up to date. */
export async function saveAnswerCodes(db: Db, codes: ReadonlyMap<string, string>) {
  await db.transaction().execute(async (trx) => {
    for (const ids of batches([...codes.keys()])) {
      const summaries = await summariseFromAnalysis(trx, ids);
      const responses = await trx
        .selectFrom('responses')
        .select(['id', 'survey_id', 'version_id', 'submitted_at', 'channel'])
        .where('id', 'in', ids)
        .execute();
      if (responses.length === 0) continue;
      const insert = () =>
        withRowid(trx)
          .insertInto('report_summaries')
          .values(
            responses.map((r) => ({
              ...rowidOf(trx),
              response_id: r.id,
              survey_id: r.survey_id,
              version_id: r.version_id,
              submitted_at: r.submitted_at,
              channel: r.channel,
              answer_codes: codes.get(r.id) ?? null,
              summary: encodeSummary(summaries.get(r.id) ?? new Map()),
            })),
          )
          .onConflict((oc) =>
            oc.column('response_id').doUpdateSet((eb) => ({
              answer_codes: eb.ref('excluded.answer_codes'),
              summary: eb.ref('excluded.summary'),
            })),
          )
          .execute();
      await retryOnRowidClash(insert);
    }
  });
}
