// How long each export takes, to keep them well inside a request's patience. Run on synthetic
// data at 100,000 responses with:
//   node --import tsx server/exports/export-bench.ts [responses]
import { pathToFileURL } from 'node:url';
import type { Report } from '../../analysis/report/report-types.ts';
import { benchReport, benchResponses } from './bench-data.ts';
import { reportDocx } from './report-docx.ts';
import { reportHtml } from './report-html.ts';
import { reportXlsx } from './report-xlsx.ts';
import { responsesCsv, responsesCsvStream } from './responses-csv.ts';
import { completeLayout, type ResponsesCsvInput } from './responses-layout.ts';

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

/** Times every export of `report` (and the raw CSV of `rows`), prints the seconds, returns them. */
export async function runExportBench(
  report: Report,
  rows: ResponsesCsvInput,
  log: (line: string) => void = console.log,
): Promise<BenchResult[]> {
  const results = [
    await time('csv (string)', () => Buffer.byteLength(responsesCsv(rows))),
    await time('csv (stream)', async () => {
      let bytes = 0;
      for await (const chunk of responsesCsvStream(completeLayout(rows), rows.rows)) {
        bytes += Buffer.byteLength(chunk);
      }
      return bytes;
    }),
    await time('xlsx', async () => (await reportXlsx(report)).length),
    await time('docx', async () => (await reportDocx(report)).length),
    await time('html', () => Buffer.byteLength(reportHtml(report))),
  ];
  log(`exports of ${report.questions.length} questions, ${rows.rows.length} raw responses`);
  for (const r of results) {
    log(`${r.format.padEnd(14)} ${r.seconds.toFixed(2).padStart(6)} s ${r.bytes} bytes`);
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100_000);
  await runExportBench(benchReport(), benchResponses(n));
}
