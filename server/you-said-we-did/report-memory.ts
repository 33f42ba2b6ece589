// The yearly summary is a public page built from reports, and a report of a large survey takes a
// while: each survey's report is kept for ten minutes (at most 50), and one being built is shared
// by every request that wants it, so a burst of requests builds it once.
import type { Report } from '../../analysis/report/report-types.ts';
import type { Db } from '../../db/connection.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { publicReport } from './prompting-figure.ts';
import type { ReportSource } from './year-summary.ts';

const KEEP_MS = 10 * 60 * 1000;
const MAX_KEPT = 50;

export function rememberedReports(now: () => Date): ReportSource {
  const kept = new Map<string, { until: number; report: Promise<Report> }>();
  return (db: Db, survey: SurveyRow, k: number) => {
    const key = `${survey.id}:${survey.updated_at}:${k}`;
    const at = now().getTime();
    const found = kept.get(key);
    if (found && found.until > at) return found.report;
    for (const [old, entry] of kept) if (entry.until <= at) kept.delete(old);
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value ?? '');
    const report = publicReport(db, survey, k);
    kept.set(key, { until: at + KEEP_MS, report });
    report.catch(() => kept.delete(key));
    return report;
  };
}
