// Assembles a report's input from the database: every version's definition, the responses, and
// the analysis of their free text with officers' codes applied (a human code always wins). The
// analysis comes from report_summaries, one narrow row per response kept in step with the tags;
// redacted texts are read only for the few answers that can end up quoted.

import { parseCodebook } from '../../analysis/codebook.ts';
import type {
  FreeTextAnalysis,
  ReportInput,
  ReportResponse,
  ReportVersion,
} from '../../analysis/report/input-types.ts';
import { quoteCandidateKeys } from '../../analysis/report/quote-candidates.ts';
import { latestCodebook } from '../../db/codebooks-repository.ts';
import type { Db } from '../../db/connection.ts';
import {
  listRedactedTexts,
  listReportSummaries,
  listVersions,
  streamResponseRows,
} from '../../db/report-data-repository.ts';
import {
  type AnswerSummary,
  decodeSummary,
  summariseFromAnalysis,
} from '../../db/report-summaries.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { AppError } from '../errors.ts';
import { versionSettingsSchema } from '../survey-model/survey-settings.ts';

type FreeText = Map<string, Map<string, FreeTextAnalysis>>;

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

/** The analysis with a stand-in for each text (its fingerprint), until quotes are chosen. */
const standIn = (
  substantive: boolean,
  safeguarding: boolean,
  themes: readonly string[],
  length: number,
  fingerprint: string,
): FreeTextAnalysis => ({
  substantive,
  themes,
  redacted: fingerprint,
  safeguarding,
  textLength: length,
});

function standIns(summaries: Map<string, AnswerSummary>) {
  const answers = new Map<string, FreeTextAnalysis>();
  for (const [question, s] of summaries) {
    answers.set(
      question,
      standIn(s.substantive, s.safeguarding, s.themes, s.length, s.fingerprint),
    );
  }
  return answers;
}

/** Reads the texts of the answers that can be quoted; every other answer gets no text. */
async function fillQuoteTexts(db: Db, input: ReportInput, freeText: FreeText, version?: number) {
  const keys = quoteCandidateKeys(input, version);
  const wanted = [...keys].map((key) => {
    const at = key.indexOf(':');
    return { responseId: key.slice(0, at), question: key.slice(at + 1) };
  });
  const texts = await listRedactedTexts(db, wanted);
  for (const [responseId, answers] of freeText) {
    for (const [question, analysis] of answers) {
      const text = texts.get(`${responseId}:${question}`) ?? '';
      analysis.redacted = text;
      analysis.textLength = text.length;
    }
  }
}

/**
 * The report's input. `redacted` is filled in only for answers the report may quote (pass the
 * version the report will be built for): figures, themes and flags are there for every answer.
 */
export async function loadReportInput(
  db: Db,
  survey: SurveyRow,
  options: { version?: number; quoteMode: 'internal' | 'published'; approvedQuotes?: Set<string> },
): Promise<ReportInput> {
  const versionRows = await listVersions(db, survey.id);
  const versions: ReportVersion[] = versionRows.map((v) => ({
    id: v.id,
    version: v.version,
    json: JSON.parse(v.definition),
    settings: versionSettingsSchema.parse(JSON.parse(v.settings)),
  }));
  const only =
    options.version === undefined ? undefined : versions.find((v) => v.version === options.version);
  if (options.version !== undefined && !only) {
    throw new AppError(400, 'invalid_parameter', `This survey has no version ${options.version}.`);
  }
  const current = versions.find((v) => v.id === survey.current_version_id) ?? versions.at(-1);
  const codebookKey = versionSettingsSchema.parse(
    JSON.parse(versionRows.find((v) => v.id === current?.id)?.settings ?? '{}'),
  ).codebook;
  const codebook = await latestCodebook(db, codebookKey);

  const summaries = await listReportSummaries(db, survey.id);
  const responses: ReportResponse[] = [];
  const freeText: FreeText = new Map();
  // Not yet tagged, or tagged before report_summaries existed and not yet filled in.
  const unsummarised: string[] = [];
  const themeLists = new Map<string, readonly string[]>();
  for await (const row of streamResponseRows(db, survey.id, only?.id)) {
    responses.push({
      id: row.id,
      versionId: row.version_id,
      answers: JSON.parse(row.answers) as Record<string, unknown>,
      submittedAt: row.submitted_at,
      channel: row.channel === 'paper' ? 'paper' : 'online',
    });
    const summary = summaries.get(row.id);
    if (summary === undefined) unsummarised.push(row.id);
    else if (summary !== '{}') freeText.set(row.id, decodeSummary(summary, standIn, themeLists));
  }
  summaries.clear();
  responses.sort(byTimeThenId);
  for (const [id, summaries] of await summariseFromAnalysis(db, unsummarised)) {
    freeText.set(id, standIns(summaries));
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
    themes: codebook
      ? parseCodebook(codebook.document).themes.map((t) => ({ id: t.id, label: t.label }))
      : [],
    approvedQuotes: options.approvedQuotes ?? new Set(),
    quoteMode: options.quoteMode,
  };
  await fillQuoteTexts(db, input, freeText, options.version);
  return input;
}
