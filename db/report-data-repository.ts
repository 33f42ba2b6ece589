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
}

export async function listResponseRows(
  db: Db,
  surveyId: string,
  versionId?: string,
): Promise<ReportResponseRow[]> {
  let query = db
    .selectFrom('responses')
    .select(['id', 'version_id', 'answers', 'submitted_at'])
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
