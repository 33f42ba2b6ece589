// Wave-to-wave comparison of agreement figures ("60% agree or strongly agree, up from 30% a year
// ago"). Questions match by name and matrix rows by row name, which stay stable across surveys of a
// series. Each point is tested against the survey just before it (pooled two-proportion z-test,
// two-sided, significant at p < 0.05); next to a hidden figure nothing can be tested.
import type {
  AgreementFigure,
  QuestionFigure,
  Report,
  RowFigure,
  TrendPoint,
} from './report-types.ts';
import { twoProportionZTest } from './statistics.ts';

const SIGNIFICANCE = 0.05;

type Source = { survey: Report['survey']; agreement: AgreementFigure };

function point(source: Source, previous: Source | undefined): TrendPoint {
  const survey = { survey: source.survey.slug, title: source.survey.title };
  const a = source.agreement;
  if (!('count' in a)) return { ...survey, suppressed: true, significant: false };
  const base = { ...survey, percent: a.percent, n: a.n, ci: a.ci };
  const before = previous?.agreement;
  if (!before || !('count' in before)) return { ...base, significant: false };
  const test = twoProportionZTest(before.count, before.n, a.count, a.n);
  if (!test) return { ...base, significant: false };
  const p = Number(test.p.toPrecision(4));
  return { ...base, p, significant: test.p < SIGNIFICANCE };
}

function trendOf(sources: Source[]): TrendPoint[] | undefined {
  if (sources.length < 2) return undefined;
  return sources.map((s, i) => point(s, sources[i - 1]));
}

function rowTrend(row: RowFigure, name: string, current: Report, earlier: readonly Report[]) {
  if (!row.agreement) return row;
  const sources: Source[] = [];
  for (const report of earlier) {
    const before = report.questions
      .find((q) => q.name === name)
      ?.rows?.find((r) => r.name === row.name)?.agreement;
    if (before) sources.push({ survey: report.survey, agreement: before });
  }
  sources.push({ survey: current.survey, agreement: row.agreement });
  const trend = trendOf(sources);
  return trend ? { ...row, trend } : row;
}

function questionTrend(q: QuestionFigure, current: Report, earlier: readonly Report[]) {
  if (q.suppressed) return q;
  const rows = q.rows?.map((row) => rowTrend(row, q.name, current, earlier));
  if (!q.agreement) return rows ? { ...q, rows } : q;
  const sources: Source[] = [];
  for (const report of earlier) {
    const before = report.questions.find((x) => x.name === q.name)?.agreement;
    if (before) sources.push({ survey: report.survey, agreement: before });
  }
  sources.push({ survey: current.survey, agreement: q.agreement });
  const trend = trendOf(sources);
  const withRows = rows ? { ...q, rows } : q;
  if (!trend) return withRows;
  // Keep the narrative last, as in every other question.
  const { narrative, narrativeEdit, ...figures } = withRows;
  return { ...figures, trend, narrative, ...(narrativeEdit ? { narrativeEdit } : {}) };
}

/**
 * The current report with a `trend` on every agreement figure that earlier surveys also have.
 * `earlier` must be oldest first; the current survey is the last point of each trend.
 */
export function compareWithEarlier(current: Report, earlier: readonly Report[]): Report {
  return {
    ...current,
    questions: current.questions.map((q) => questionTrend(q, current, earlier)),
  };
}
