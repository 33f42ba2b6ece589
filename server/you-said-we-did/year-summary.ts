// The yearly summary regulation 56 of the SEND Regulations 2014 asks for: the comments the council
// received (what families said, grouped by theme, from the surveys that closed that year) and what
// it did about them (the public actions). Counts come from each survey's public report, so every
// figure is already suppressed at k; a theme's total is shown only when it reaches k.
import type { Report } from '../../analysis/report/report-types.ts';
import type { Db } from '../../db/connection.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { publicReport } from './prompting-figure.ts';
import type { PublicAction, PublicSurveyActions } from './public-view.ts';

export interface ThemeTotal {
  label: string;
  /** Comments (answers) counted under the theme across the year's surveys; absent when below k. */
  comments?: number;
  /** Some of the theme's counts were hidden in a survey's report to protect small numbers. */
  partlyHidden: boolean;
}

export interface YearSummary {
  year: number;
  k: number;
  surveys: { slug: string; title: string; responses?: number }[];
  themes: ThemeTotal[];
  actions: { survey: { slug: string; title: string }; action: PublicAction }[];
}

const closedOn = (s: SurveyRow) =>
  s.status === 'closed' ? (s.closes_at ?? s.updated_at) : s.closes_at;

/** Surveys that had closed by `now` with their closing date in the year. */
export function closedInYear(surveys: SurveyRow[], year: number, now: Date): SurveyRow[] {
  return surveys.filter((s) => {
    const on = closedOn(s);
    return (
      s.status !== 'draft' &&
      on !== null &&
      on.startsWith(`${year}-`) &&
      Date.parse(on) <= now.getTime()
    );
  });
}

/** The years a summary has something for: a survey closed or an action written or updated. */
export function summaryYears(entries: PublicSurveyActions[], now: Date): number[] {
  const years = new Set<number>();
  for (const e of entries) {
    const on = closedOn(e.survey);
    if (on && Date.parse(on) <= now.getTime()) years.add(Number(on.slice(0, 4)));
    for (const a of e.actions) years.add(Number(a.updatedOn.slice(0, 4)));
  }
  return [...years].filter(Number.isFinite).sort((a, b) => b - a);
}

export function addThemeCounts(totals: Map<string, ThemeTotal>, report: Report) {
  for (const q of report.questions) {
    if (q.suppressed) continue;
    for (const theme of q.themes ?? []) {
      const total = totals.get(theme.id) ?? {
        label: theme.label,
        comments: 0,
        partlyHidden: false,
      };
      if ('suppressed' in theme) total.partlyHidden = true;
      else total.comments = (total.comments ?? 0) + theme.count;
      totals.set(theme.id, total);
    }
  }
}

/** How a summary gets a survey's public report (the route passes one that remembers them). */
export type ReportSource = (db: Db, survey: SurveyRow, k: number) => Promise<Report>;

export async function buildYearSummary(
  db: Db,
  entries: PublicSurveyActions[],
  options: { year: number; k: number; now: Date; reportOf?: ReportSource },
): Promise<YearSummary> {
  const { year, k, now } = options;
  const closed = closedInYear(
    entries.map((e) => e.survey),
    year,
    now,
  );
  const totals = new Map<string, ThemeTotal>();
  const surveys: YearSummary['surveys'] = [];
  for (const survey of closed) {
    const report = await (options.reportOf ?? publicReport)(db, survey, k);
    addThemeCounts(totals, report);
    surveys.push({
      slug: survey.slug,
      title: survey.title,
      ...(report.responses >= k ? { responses: report.responses } : {}),
    });
  }
  const themes = [...totals.values()]
    .filter((t) => (t.comments ?? 0) > 0 || t.partlyHidden)
    .map((t) => ((t.comments ?? 0) >= k ? t : { label: t.label, partlyHidden: true }))
    .sort((a, b) => (b.comments ?? 0) - (a.comments ?? 0) || a.label.localeCompare(b.label));
  const closedIds = new Set(closed.map((s) => s.id));
  const actions = entries.flatMap((e) =>
    e.actions
      .filter((a) => closedIds.has(e.survey.id) || a.updatedOn.startsWith(`${year}-`))
      .map((action) => ({ survey: { slug: e.survey.slug, title: e.survey.title }, action })),
  );
  return { year, k, surveys, themes, actions };
}
