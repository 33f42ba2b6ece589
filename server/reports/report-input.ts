// Assembles a report's input from the database: every version's definition, the responses, and
// the analysis of their free text with officers' codes applied (a human code always wins). The
// analysis comes from report_summaries, one narrow row per response kept in step with the tags;
// redacted texts are read only for the few answers that can end up quoted.

import { parseCodebook } from '../../analysis/codebook.ts';
import type {
  FreeTextAnalysis,
  ReportInput,
  ReportResponse,
  ReportTheme,
  ReportVersion,
} from '../../analysis/report/input-types.ts';
import { candidateKeys, prepareReport, withTexts } from '../../analysis/report/prepare-report.ts';
import { latestCodebook } from '../../db/codebooks-repository.ts';
import type { Db } from '../../db/connection.ts';
import {
  listRedactedTexts,
  listVersions,
  type ReportVersionRow,
} from '../../db/report-data-repository.ts';
import { summariseFromAnalysis } from '../../db/report-summaries.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { AppError } from '../errors.ts';
import { publicActionsForReport } from '../services/public-actions.ts';
import { versionSettingsSchema } from '../survey-model/survey-settings.ts';
import { type FreeText, readCoded } from './report-rows.ts';

const byTimeThenId = (a: ReportResponse, b: ReportResponse) =>
  a.submittedAt < b.submittedAt
    ? -1
    : a.submittedAt > b.submittedAt
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/**
 * Counts the responses once with stand-ins for the texts, then reads the texts of only the answers
 * that pass picked as quotes. The analyses keep those texts too (every other answer gets none), so
 * a report for another version, counted again, quotes the same way.
 */
async function prepareWithTexts(db: Db, input: ReportInput, freeText: FreeText, version?: number) {
  const prepared = prepareReport(input, version);
  const wanted = [...candidateKeys(prepared)].map((key) => {
    const at = key.indexOf(':');
    return { responseId: key.slice(0, at), question: key.slice(at + 1) };
  });
  const texts = await listRedactedTexts(db, wanted);
  input.prepared = withTexts(prepared, texts);
  const quoteTexts = new Map<string, Map<string, string>>();
  for (const { responseId, question } of wanted) {
    const text = texts.get(`${responseId}:${question}`);
    if (text === undefined) continue;
    const answers = quoteTexts.get(responseId) ?? new Map<string, string>();
    answers.set(question, text);
    quoteTexts.set(responseId, answers);
  }
  input.quoteTexts = quoteTexts;
  for (const [responseId, answers] of freeText) {
    for (const [question, analysis] of answers) {
      const text = texts.get(`${responseId}:${question}`) ?? '';
      analysis.redacted = text;
      analysis.textLength = text.length;
    }
  }
}

/** The redacted answers of the approved quotes (a report lists those no theme shows). */
async function approvedTexts(db: Db, approved: ReadonlySet<string> | undefined) {
  if (!approved || approved.size === 0) return new Map<string, string>();
  const wanted = [...approved].map((key) => {
    const at = key.indexOf(':');
    return { responseId: key.slice(0, at), question: key.slice(at + 1) };
  });
  return listRedactedTexts(db, wanted);
}

const reportVersion = (v: ReportVersionRow): ReportVersion => ({
  id: v.id,
  version: v.version,
  json: JSON.parse(v.definition),
  settings: versionSettingsSchema.parse(JSON.parse(v.settings)),
});

/** Every version of the survey as a report reads it. */
export async function readReportVersions(db: Db, surveyId: string): Promise<ReportVersion[]> {
  return (await listVersions(db, surveyId)).map(reportVersion);
}

/** The themes of the survey's codebook (that of its current version), in codebook order. */
export async function surveyThemes(
  db: Db,
  survey: SurveyRow,
  versionRows?: ReportVersionRow[],
): Promise<ReportTheme[]> {
  const rows = versionRows ?? (await listVersions(db, survey.id));
  const current = rows.find((v) => v.id === survey.current_version_id) ?? rows.at(-1);
  const codebookKey = versionSettingsSchema.parse(JSON.parse(current?.settings ?? '{}')).codebook;
  const codebook = await latestCodebook(db, codebookKey);
  return codebook
    ? parseCodebook(codebook.document).themes.map((t) => ({ id: t.id, label: t.label }))
    : [];
}

/**
 * The report's input. `redacted` is filled in only for answers the report may quote (pass the
 * version the report will be built for): figures, themes and flags are there for every answer.
 */
export async function loadReportInput(
  db: Db,
  survey: SurveyRow,
  options: {
    version?: number;
    quoteMode: 'internal' | 'published';
    approvedQuotes?: Set<string>;
    quoteExcerpts?: Map<string, string>;
    /** With `version`: read every version's responses, for the report's joint protection. */
    besideOtherVersions?: boolean;
  },
): Promise<ReportInput> {
  const versionRows = await listVersions(db, survey.id);
  const versions = versionRows.map(reportVersion);
  const only =
    options.version === undefined ? undefined : versions.find((v) => v.version === options.version);
  if (options.version !== undefined && !only) {
    throw new AppError(400, 'invalid_parameter', `This survey has no version ${options.version}.`);
  }
  const themes = await surveyThemes(db, survey, versionRows);

  // A version's report is protected beside the other versions' (analysis/report/protect-versions.ts),
  // so it counts them too; its own figures still come from its version's responses only.
  const everyVersion = options.besideOtherVersions === true && versions.length > 1;
  const { responses, freeText, unsummarised } = await readCoded(
    db,
    survey.id,
    everyVersion ? undefined : only?.id,
  );
  responses.sort(byTimeThenId);
  for (const [id, summaries] of await summariseFromAnalysis(db, unsummarised)) {
    const analyses = new Map<string, FreeTextAnalysis>();
    for (const [question, a] of summaries) {
      analyses.set(question, {
        substantive: a.substantive,
        themes: a.themes,
        redacted: a.fingerprint,
        safeguarding: a.safeguarding,
        textLength: a.length,
      });
    }
    freeText.set(id, analyses);
  }

  const input: ReportInput = {
    survey: {
      slug: survey.slug,
      title: survey.title,
      ...(survey.series ? { series: survey.series } : {}),
    },
    versions,
    responses,
    freeText,
    themes,
    actions: await publicActionsForReport(db, survey.id),
    approvedQuotes: options.approvedQuotes ?? new Set(),
    quoteExcerpts: options.quoteExcerpts ?? new Map(),
    quoteMode: options.quoteMode,
  };
  await prepareWithTexts(db, input, freeText, options.version);
  input.approvedTexts = await approvedTexts(db, input.approvedQuotes);
  return input;
}
