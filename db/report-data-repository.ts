// Everything a report is computed from, read in a few set-based queries (a report may cover
// 100,000 responses: no query per response).
import type { Db } from './connection.ts';

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

export async function listResponseRows(
  db: Db,
  surveyId: string,
  versionId?: string,
): Promise<ReportResponseRow[]> {
  let query = db
    .selectFrom('responses')
    .select(['id', 'version_id', 'answers', 'submitted_at', 'channel'])
    .where('survey_id', '=', surveyId);
  if (versionId) query = query.where('version_id', '=', versionId);
  return query.orderBy('submitted_at').orderBy('id').execute();
}

export interface AnalysisRow {
  response_id: string;
  question: string;
  substantive: number;
  redacted: string;
  safeguarding: number;
}

export async function listAnalysis(db: Db, surveyId: string): Promise<AnalysisRow[]> {
  return db
    .selectFrom('answer_analysis')
    .innerJoin('responses', 'responses.id', 'answer_analysis.response_id')
    .select([
      'answer_analysis.response_id',
      'answer_analysis.question',
      'answer_analysis.substantive',
      'answer_analysis.redacted',
      'answer_analysis.safeguarding',
    ])
    .where('responses.survey_id', '=', surveyId)
    .execute();
}

export interface ThemeRow {
  response_id: string;
  question: string;
  theme_id: string;
  source: string;
  present: number;
}

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
    .execute();
}

export async function listNarratives(db: Db, surveyId: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('report_narratives')
    .select(['question', 'text'])
    .where('survey_id', '=', surveyId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.question, r.text]));
}

export async function saveNarrative(
  db: Db,
  narrative: { surveyId: string; question: string; text: string; by: string; at: Date },
) {
  const values = {
    survey_id: narrative.surveyId,
    question: narrative.question,
    text: narrative.text,
    updated_by: narrative.by,
    updated_at: narrative.at.toISOString(),
  };
  await db
    .insertInto('report_narratives')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['survey_id', 'question']).doUpdateSet({
        text: values.text,
        updated_by: values.updated_by,
        updated_at: values.updated_at,
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
