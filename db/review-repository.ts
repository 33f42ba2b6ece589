// Officers' review work on free-text answers: safeguarding reviews, approved quotes and their own
// theme codes (which always win over the tagger's).
import type { Db } from './connection.ts';
import { retryOnRowidClash, rowidOf, withRowid } from './random-rowid.ts';
import { refreshReportSummaries } from './report-summaries.ts';

export interface SafeguardingRow {
  response_id: string;
  question: string;
  answers: string;
  redacted: string;
  safeguarding_evidence: string;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

/** Flagged answers, those not yet reviewed first, oldest first within each. */
export async function listSafeguarding(db: Db, surveyId: string): Promise<SafeguardingRow[]> {
  const rows = await db
    .selectFrom('answer_analysis as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .leftJoin('safeguarding_reviews as s', (join) =>
      join.onRef('s.response_id', '=', 'a.response_id').onRef('s.question', '=', 'a.question'),
    )
    .select([
      'a.response_id',
      'a.question',
      'r.answers',
      'a.redacted',
      'a.safeguarding_evidence',
      'r.submitted_at',
      's.reviewed_by',
      's.reviewed_at',
    ])
    .where('r.survey_id', '=', surveyId)
    .where('a.safeguarding', '=', 1)
    .orderBy('r.submitted_at')
    .orderBy('a.response_id')
    .execute();
  return [...rows.filter((r) => !r.reviewed_at), ...rows.filter((r) => r.reviewed_at)];
}

export async function markReviewed(
  db: Db,
  responseId: string,
  question: string,
  by: string,
  at: Date,
) {
  await db
    .insertInto('safeguarding_reviews')
    .values({ response_id: responseId, question, reviewed_by: by, reviewed_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['response_id', 'question']).doNothing())
    .execute();
}

export async function setQuoteApproval(
  db: Db,
  responseId: string,
  question: string,
  approval: { by: string; at: Date; excerpt?: string | null } | null,
) {
  if (!approval) {
    await db
      .deleteFrom('quote_approvals')
      .where('response_id', '=', responseId)
      .where('question', '=', question)
      .execute();
    return;
  }
  await db
    .insertInto('quote_approvals')
    .values({
      response_id: responseId,
      question,
      approved_by: approval.by,
      approved_at: approval.at.toISOString(),
      excerpt: approval.excerpt ?? null,
    })
    // Approving again with other words replaces what was approved.
    .onConflict((oc) =>
      oc.columns(['response_id', 'question']).doUpdateSet({
        approved_by: approval.by,
        approved_at: approval.at.toISOString(),
        excerpt: approval.excerpt ?? null,
      }),
    )
    .execute();
}

/** The shortened words of approved quotes, by key `${responseId}:${question}`. */
export async function listQuoteExcerpts(db: Db, surveyId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('quote_approvals as q')
    .innerJoin('responses as r', 'r.id', 'q.response_id')
    .select(['q.response_id', 'q.question', 'q.excerpt'])
    .where('r.survey_id', '=', surveyId)
    .where('q.excerpt', 'is not', null)
    .execute();
  const excerpts = new Map<string, string>();
  for (const r of rows)
    if (r.excerpt !== null) excerpts.set(`${r.response_id}:${r.question}`, r.excerpt);
  return excerpts;
}

/** Keys `${responseId}:${question}` of the quotes approved for publication. */
export async function listApprovedQuotes(db: Db, surveyId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('quote_approvals as q')
    .innerJoin('responses as r', 'r.id', 'q.response_id')
    .select(['q.response_id', 'q.question'])
    .where('r.survey_id', '=', surveyId)
    .execute();
  return new Set(rows.map((r) => `${r.response_id}:${r.question}`));
}

/** The analysis of one answer of a survey (with the codebook it was tagged with), if any. */
export async function findAnalysis(db: Db, surveyId: string, responseId: string, question: string) {
  const row = await db
    .selectFrom('answer_analysis as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .select(['a.response_id', 'a.codebook_key', 'a.redacted'])
    .where('r.survey_id', '=', surveyId)
    .where('a.response_id', '=', responseId)
    .where('a.question', '=', question)
    .executeTakeFirst();
  return row;
}

/** The answers and version of one response of a survey, decoded; undefined when not in it. */
export async function findResponseAnswers(db: Db, surveyId: string, responseId: string) {
  const row = await db
    .selectFrom('responses')
    .select(['version_id', 'answers'])
    .where('survey_id', '=', surveyId)
    .where('id', '=', responseId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    versionId: row.version_id,
    answers: JSON.parse(row.answers) as Record<string, unknown>,
  };
}

/**
 * Records an officer's themes for one answer: present for those chosen, absent for every other
 * theme of the codebook, so a later re-tagging can add nothing the officer did not choose.
 */
export async function setHumanCodes(
  db: Db,
  code: { responseId: string; question: string; chosen: string[]; allThemes: string[] },
  at: Date,
) {
  const themes = [...new Set([...code.allThemes, ...code.chosen])];
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('answer_themes')
      .where('response_id', '=', code.responseId)
      .where('question', '=', code.question)
      .where('source', '=', 'human')
      .execute();
    const insert = () =>
      withRowid(trx)
        .insertInto('answer_themes')
        .values(
          themes.map((theme) => ({
            ...rowidOf(trx),
            response_id: code.responseId,
            question: code.question,
            theme_id: theme,
            source: 'human',
            present: code.chosen.includes(theme) ? 1 : 0,
            score: null,
            evidence: '[]',
            codebook_version: null,
            model_id: null,
            created_at: at.toISOString(),
          })),
        )
        .execute();
    await retryOnRowidClash(insert);
    await refreshReportSummaries(trx, [code.responseId]);
  });
}

export interface CodingRow {
  response_id: string;
  question: string;
  answers: string;
  substantive: number;
  safeguarding: number;
  submitted_at: string;
  redacted: string;
  /** Set when an officer approved the answer as a quote. */
  approved_by: string | null;
  excerpt: string | null;
}

/** Answers with their response and any quote approval, as the coding pages read them. */
export const codingSource = (db: Db) =>
  db
    .selectFrom('answer_analysis as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .leftJoin('quote_approvals as q', (join) =>
      join.onRef('q.response_id', '=', 'a.response_id').onRef('q.question', '=', 'a.question'),
    );

/** The columns of a CodingRow. */
export const CODING_COLUMNS = [
  'a.response_id',
  'a.question',
  'r.answers',
  'a.substantive',
  'a.safeguarding',
  'r.submitted_at',
  'a.redacted',
  'q.approved_by',
  'q.excerpt',
] as const;

export async function listCodingRows(
  db: Db,
  surveyId: string,
  filter: { question?: string; responseIds?: string[]; limit: number; offset: number },
): Promise<CodingRow[]> {
  let query = codingSource(db).select(CODING_COLUMNS).where('r.survey_id', '=', surveyId);
  if (filter.question) query = query.where('a.question', '=', filter.question);
  if (filter.responseIds) query = query.where('a.response_id', 'in', filter.responseIds);
  return query
    .orderBy('r.submitted_at')
    .orderBy('a.response_id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function themeRowsFor(db: Db, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('answer_themes')
    .select(['response_id', 'question', 'theme_id', 'source', 'present', 'score', 'evidence'])
    .where('response_id', 'in', responseIds)
    .execute();
}
