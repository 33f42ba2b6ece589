// Everything a report is computed from, read in a few set-based queries (a report may cover
// 100,000 responses: no query per response). Every read of responses leaves out those an officer
// set aside (set-aside-filter.ts), so no figure, file or quote can count them.
import type { Db } from './connection.ts';
import { notSetAside } from './set-aside-filter.ts';

export interface ReportVersionRow {
  id: string;
  version: number;
  definition: string;
  settings: string;
}

export async function listVersions(db: Db, surveyId: string): Promise<ReportVersionRow[]> {
  return db
    .selectFrom('survey_versions')
    .select(['id', 'version', 'definition', 'settings'])
    .where('survey_id', '=', surveyId)
    .orderBy('version')
    .execute();
}

export interface ReportResponseRow {
  id: string;
  version_id: string;
  answers: string;
  submitted_at: string;
  channel: string;
}

export interface ReportSummaryRow {
  response_id: string;
  version_id: string;
  submitted_at: string;
  channel: string;
  answer_codes: string | null;
  summary: string | null;
}

const REPORT_PAGE_ROWS = 5000;

/**
 * Every report_summaries row of a survey (or one version), all a report reads per response, in
 * pages ordered by time then id. Pages rather than a row stream: a stream pays several async steps
 * per row, which for 100,000 rows cost as much as reading them.
 */
export async function* listReportRowPages(
  db: Db,
  surveyId: string,
  versionId?: string,
  pageRows = REPORT_PAGE_ROWS,
): AsyncIterableIterator<ReportSummaryRow[]> {
  let after: { at: string; id: string } | undefined;
  for (;;) {
    let query = db
      .selectFrom('report_summaries')
      .select(['response_id', 'version_id', 'submitted_at', 'channel', 'answer_codes', 'summary'])
      .where('survey_id', '=', surveyId)
      .where(notSetAside('report_summaries.response_id'));
    if (versionId) query = query.where('version_id', '=', versionId);
    if (after) {
      const { at, id } = after;
      // A row value (SQLite and PostgreSQL): the page starts inside the index, not at its start.
      query = query.where((eb) =>
        eb(eb.refTuple('submitted_at', 'response_id'), '>', eb.tuple(at, id)),
      );
    }
    const page = await query
      .orderBy('submitted_at')
      .orderBy('response_id')
      .limit(pageRows)
      .execute();
    if (page.length > 0) yield page;
    if (page.length < pageRows) return;
    const last = page[page.length - 1] as ReportSummaryRow;
    after = { at: last.submitted_at, id: last.response_id };
  }
}

export async function countSurveyResponses(
  db: Db,
  surveyId: string,
  versionId?: string,
): Promise<number> {
  let query = db
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('survey_id', '=', surveyId)
    .where(notSetAside('responses.id'));
  if (versionId) query = query.where('version_id', '=', versionId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** The responses whose report row has no answer codes in `currentFormat`, with their answers. */
export function streamResponsesWithoutCodes(
  db: Db,
  surveyId: string,
  currentFormat: string,
  versionId?: string,
): AsyncIterableIterator<ReportResponseRow> {
  let query = db
    .selectFrom('responses as r')
    .select(['r.id', 'r.version_id', 'r.answers', 'r.submitted_at', 'r.channel'])
    .where('r.survey_id', '=', surveyId)
    .where(notSetAside('r.id'))
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('report_summaries as s')
            .select('s.response_id')
            .whereRef('s.response_id', '=', 'r.id')
            .where('s.answer_codes', 'like', `${currentFormat}%`),
        ),
      ),
    );
  if (versionId) query = query.where('r.version_id', '=', versionId);
  return query.stream(1000);
}

/** Redacted texts of these answers (key `${responseId}:${question}`), read a batch at a time. */
export async function listRedactedTexts(
  db: Db,
  answers: readonly { responseId: string; question: string }[],
): Promise<Map<string, string>> {
  const wanted = new Set(answers.map((a) => `${a.responseId}:${a.question}`));
  const texts = await listAnswerTexts(db, [...new Set(answers.map((a) => a.responseId))]);
  for (const key of texts.keys()) if (!wanted.has(key)) texts.delete(key);
  return texts;
}

/**
 * The redacted text of every analysed answer of these responses (key `${responseId}:${question}`),
 * one query per thousand responses.
 */
export async function listAnswerTexts(
  db: Db,
  responseIds: readonly string[],
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (let i = 0; i < responseIds.length; i += 1000) {
    const rows = await db
      .selectFrom('answer_analysis')
      .select(['response_id', 'question', 'redacted'])
      .where('response_id', 'in', responseIds.slice(i, i + 1000))
      .execute();
    for (const row of rows) texts.set(`${row.response_id}:${row.question}`, row.redacted);
  }
  return texts;
}

export interface ThemeRow {
  response_id: string;
  question: string;
  theme_id: string;
  source: string;
  present: number;
}

/** Theme rows of the answers a report counts: the drill-down behind a theme's figure. */
export async function listThemeRows(db: Db, surveyId: string): Promise<ThemeRow[]> {
  return db
    .selectFrom('answer_themes')
    .innerJoin('responses', 'responses.id', 'answer_themes.response_id')
    .select([
      'answer_themes.response_id',
      'answer_themes.question',
      'answer_themes.theme_id',
      'answer_themes.source',
      'answer_themes.present',
    ])
    .where('responses.survey_id', '=', surveyId)
    .where(notSetAside('responses.id'))
    .execute();
}

export interface StoredNarrative {
  text: string;
  /** How many had answered the question when it was saved; absent for older narratives. */
  answeredWhenWritten?: number;
  /** A digest of the question's figures when it was saved; absent for older narratives. */
  figuresWhenWritten?: string;
}

export async function listNarratives(
  db: Db,
  surveyId: string,
): Promise<Record<string, StoredNarrative>> {
  const rows = await db
    .selectFrom('report_narratives')
    .select(['question', 'text', 'answered_when_written', 'figures_when_written'])
    .where('survey_id', '=', surveyId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => {
      const narrative: StoredNarrative = { text: r.text };
      if (r.answered_when_written !== null) narrative.answeredWhenWritten = r.answered_when_written;
      if (r.figures_when_written !== null) narrative.figuresWhenWritten = r.figures_when_written;
      return [r.question, narrative];
    }),
  );
}

export async function saveNarrative(
  db: Db,
  narrative: {
    surveyId: string;
    question: string;
    text: string;
    by: string;
    at: Date;
    answered?: number;
    figures?: string;
  },
) {
  const values = {
    survey_id: narrative.surveyId,
    question: narrative.question,
    text: narrative.text,
    updated_by: narrative.by,
    updated_at: narrative.at.toISOString(),
    answered_when_written: narrative.answered ?? null,
    figures_when_written: narrative.figures ?? null,
  };
  await db
    .insertInto('report_narratives')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['survey_id', 'question']).doUpdateSet({
        text: values.text,
        updated_by: values.updated_by,
        updated_at: values.updated_at,
        answered_when_written: values.answered_when_written,
        figures_when_written: values.figures_when_written,
      }),
    )
    .execute();
}

export async function deleteNarrative(db: Db, surveyId: string, question: string) {
  await db
    .deleteFrom('report_narratives')
    .where('survey_id', '=', surveyId)
    .where('question', '=', question)
    .execute();
}
