// One stored report, timed in a process of its own so its peak memory is the server's cost of that
// request alone, not the benchmark's generated data:
//   node --import tsx tests/bench/stored-report-child.ts <database file> <slug> <json|xlsx|docx>
// json: the officers' JSON report twice (cold: first in the process; warm: again, helped only by
// SQLite's and the OS's caches, as no report cache exists). xlsx, docx: the published report and
// its file (the workbook with its responses sheet, one row per response). Prints one JSON line.
import { buildReport } from '../../analysis/report/build-report.ts';
import { openSqlite } from '../../db/connection.ts';
import { listApprovedQuotes } from '../../db/review-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import { reportDocx } from '../../server/exports/report-docx.ts';
import { reportXlsx } from '../../server/exports/report-xlsx.ts';
import { loadReportInput } from '../../server/reports/report-input.ts';

const [file, slug, mode] = process.argv.slice(2);
if (!file || !slug || !mode) throw new Error('usage: <database file> <slug> <json|xlsx|docx>');
const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

const db = openSqlite(file);
const found = await findSurveyBySlug(db, slug);
if (!found) throw new Error('survey not found');
const survey = found;

/** As GET /api/surveys/<slug>/report does, from the database to the body sent. */
async function timed(format: string) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const quoteMode = format === 'json' ? 'internal' : 'published';
  const approvedQuotes = await listApprovedQuotes(db, survey.id);
  const input = await loadReportInput(db, survey, { quoteMode, approvedQuotes });
  const readMs = performance.now() - started;
  const report = buildReport(input, { k: 10 });
  const body =
    format === 'xlsx'
      ? await reportXlsx(report)
      : format === 'docx'
        ? await reportDocx(report)
        : JSON.stringify(report);
  const used = process.cpuUsage(cpu);
  return {
    seconds: seconds(performance.now() - started),
    readSeconds: seconds(readMs),
    cpuSeconds: seconds((used.user + used.system) / 1000),
    kb: Math.round(body.length / 1024),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const first = await timed(mode);
const out = mode === 'json' ? { cold: first, warm: await timed(mode) } : { cold: first };
await db.destroy();
console.log(JSON.stringify(out));
