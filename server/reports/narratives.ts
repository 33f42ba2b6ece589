// Officers' narratives for a report, each with how many had answered its question when it was
// written and how many have now (whole survey), so the report can say when it may be out of date.
import { answeredCounts, type OfficerNarrative } from '../../analysis/report/index.ts';
import type { Db } from '../../db/connection.ts';
import { listNarratives } from '../../db/report-data-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { loadReportInput } from './report-input.ts';

/** How many answered each question, over every version: what a narrative is checked against. */
export async function wholeSurveyAnswered(db: Db, survey: SurveyRow): Promise<Map<string, number>> {
  return answeredCounts(await loadReportInput(db, survey, { quoteMode: 'published' }));
}

/**
 * The narratives for a report (of one version, or all) of a survey with `versions` versions. A
 * report of one version counts only that version, so the whole survey is counted again for the
 * comparison: a second pass as long as the report's own, so only when other versions exist.
 */
export async function reportNarratives(
  db: Db,
  survey: SurveyRow,
  version: number | undefined,
  versions: number,
): Promise<Record<string, OfficerNarrative>> {
  const stored = await listNarratives(db, survey.id);
  const recorded = Object.values(stored).some((n) => n.answeredWhenWritten !== undefined);
  // The only version is the whole survey: the report's own counts are the ones to compare.
  if (version === undefined || versions === 1 || !recorded) return stored;
  const now = await wholeSurveyAnswered(db, survey);
  return Object.fromEntries(
    Object.entries(stored).map(([name, n]) => [name, { ...n, answeredNow: now.get(name) ?? 0 }]),
  );
}
