// Assembles a report's input from the database: every version's definition, the responses, and
// the analysis of their free text with officers' codes applied (a human code always wins).

import { parseCodebook } from '../../analysis/codebook.ts';
import type {
  FreeTextAnalysis,
  ReportInput,
  ReportVersion,
} from '../../analysis/report/input-types.ts';
import { latestCodebook } from '../../db/codebooks-repository.ts';
import type { Db } from '../../db/connection.ts';
import { answerKey, effectiveThemes } from '../../db/effective-themes.ts';
import {
  type AnalysisRow,
  listAnalysis,
  listResponseRows,
  listThemeRows,
  listVersions,
} from '../../db/report-data-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { AppError } from '../errors.ts';
import { versionSettingsSchema } from '../survey-model/survey-settings.ts';

function freeTextIndex(analysis: AnalysisRow[], themes: Map<string, string[]>) {
  const index = new Map<string, Map<string, FreeTextAnalysis>>();
  for (const row of analysis) {
    const byQuestion = index.get(row.response_id) ?? new Map<string, FreeTextAnalysis>();
    byQuestion.set(row.question, {
      substantive: row.substantive === 1,
      themes: themes.get(answerKey(row.response_id, row.question)) ?? [],
      redacted: row.redacted,
      safeguarding: row.safeguarding === 1,
    });
    index.set(row.response_id, byQuestion);
  }
  return index;
}

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
  const [responses, analysis, themeRows] = await Promise.all([
    listResponseRows(db, survey.id, only?.id),
    listAnalysis(db, survey.id),
    listThemeRows(db, survey.id),
  ]);
  return {
    survey: {
      slug: survey.slug,
      title: survey.title,
      ...(survey.series ? { series: survey.series } : {}),
    },
    versions,
    responses: responses.map((r) => ({
      id: r.id,
      versionId: r.version_id,
      answers: JSON.parse(r.answers) as Record<string, unknown>,
      submittedAt: r.submitted_at,
      channel: r.channel === 'paper' ? 'paper' : 'online',
    })),
    freeText: freeTextIndex(analysis, effectiveThemes(themeRows).themes),
    themes: codebook
      ? parseCodebook(codebook.document).themes.map((t) => ({ id: t.id, label: t.label }))
      : [],
    approvedQuotes: options.approvedQuotes ?? new Set(),
    quoteMode: options.quoteMode,
  };
}
