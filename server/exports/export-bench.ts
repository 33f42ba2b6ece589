// How long each export takes, to keep them well inside a request's patience. Run on a synthetic
// report with:
//   node --import tsx server/exports/export-bench.ts
import { pathToFileURL } from 'node:url';
import type { Report } from '../../analysis/report/report-types.ts';
import { benchReport } from './bench-data.ts';
import { reportCsv } from './report-csv.ts';
import { reportDocx } from './report-docx.ts';
import { reportHtml } from './report-html.ts';
import { reportXlsx } from './report-xlsx.ts';

export interface BenchResult {
  format: string;
  seconds: number;
  bytes: number;
}

async function time(format: string, run: () => Promise<number> | number): Promise<BenchResult> {
  const start = performance.now();
  const bytes = await run();
  return { format, seconds: (performance.now() - start) / 1000, bytes };
}

/** Times every export of `report`, prints the seconds, returns them. */
export async function runExportBench(
  report: Report,
  log: (line: string) => void = console.log,
): Promise<BenchResult[]> {
  const results = [
    await time('csv', () => Buffer.byteLength(reportCsv(report))),
    await time('xlsx', async () => (await reportXlsx(report)).length),
    await time('docx', async () => (await reportDocx(report)).length),
    await time('html', () => Buffer.byteLength(reportHtml(report))),
  ];
  log(`exports of ${report.questions.length} questions`);
  for (const r of results) {
    log(`${r.format.padEnd(14)} ${r.seconds.toFixed(2).padStart(6)} s ${r.bytes} bytes`);
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runExportBench(benchReport());
}
