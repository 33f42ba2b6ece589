// Officers' narratives for a report, each with the figures of its question when it was written and
// now (whole survey), so the report can say when it may be out of date: any count that moved
// (new answers, re-coding, a batch set aside), not only the number who answered.
import {
  answeredCounts,
  figureFingerprints,
  type OfficerNarrative,
} from '../../analysis/report/index.ts';
import type { Db } from '../../db/connection.ts';
import { listNarratives } from '../../db/report-data-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { loadReportInput } from './report-input.ts';

export interface WholeSurveyFigures {
  /** Question name → how many answered it, over every version. */
  answered: Map<string, number>;
  /** Question name → a digest of all its counts, over every version. */
  fingerprints: Map<string, string>;
}

/** What a narrative is checked against, counted once over every version. */
export async function wholeSurveyFigures(db: Db, survey: SurveyRow): Promise<WholeSurveyFigures> {
  const input = await loadReportInput(db, survey, { quoteMode: 'published' });
  return { answered: answeredCounts(input), fingerprints: figureFingerprints(input) };
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
  const recorded = Object.values(stored).some(
    (n) => n.answeredWhenWritten !== undefined || n.figuresWhenWritten !== undefined,
  );
  // The only version is the whole survey: the report's own counts are the ones to compare.
  if (version === undefined || versions === 1 || !recorded) return stored;
  const now = await wholeSurveyFigures(db, survey);
  return Object.fromEntries(
    Object.entries(stored).map(([name, n]) => [
      name,
      {
        ...n,
        answeredNow: now.answered.get(name) ?? 0,
        figuresNow: now.fingerprints.get(name) ?? '',
      },
    ]),
  );
}
