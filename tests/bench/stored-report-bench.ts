// The report through the real path at scale: 100,000 responses stored in SQLite (tags as the tag
// worker leaves them), each report timed in a child process (stored-report-child.ts).
// Alone: BENCH_ONLY=stored-report npm run bench; KEEP_BENCH_DB=1 keeps the database, and
// STORED_REPORT_DB=<that file> times the reports again without rebuilding it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bulkLoadResponses } from '../../db/bulk-load.ts';
import { openSqlite } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { backfillReportSummaries } from '../../db/report-summaries.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { seedDefaultCodebook } from '../../server/seed-codebooks.ts';
import { seedSurveys } from '../../server/seed-surveys.ts';
import { createVersionCache } from '../../server/survey-model/compiled-version.ts';
import { fillAnswerCodes } from '../../server/tagging/code-backfill.ts';
import { buildBenchInput } from './report-bench.ts';

const SLUG = 'send-parent-experience';

/**
 * The same report through the real path: responses stored in SQLite, read and assembled by
 * loadReportInput (as GET /api/surveys/<slug>/report does), then built, in a child process
 * (stored-report-child.ts) so that its peak memory is the report's alone. Cold is the first
 * report in a fresh process; warm is the same report again (no report cache exists: warm only
 * benefits from SQLite's and the OS's page caches).
 */
export async function runStoredReportBench(count = 100_000) {
  const dir = mkdtempSync(join(tmpdir(), 'send-voice-report-bench-'));
  const file = process.env.STORED_REPORT_DB ?? join(dir, 'db.sqlite');
  try {
    const fill = async () => {
      const db = openSqlite(file);
      await migrateToLatest(db);
      const logger = createLogger('silent');
      await seedDefaultCodebook(db, logger, new Date());
      await seedSurveys(db, 'surveys', logger, new Date());
      const survey = await findSurveyBySlug(db, SLUG);
      if (!survey?.current_version_id) throw new Error('survey not seeded');
      const input = buildBenchInput(count);
      const loading = performance.now();
      // In arrival order, as the server stores them (so rows of one hour sit together on disk).
      const arrived = [...input.responses].sort((a, b) =>
        a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0,
      );
      bulkLoadResponses(
        file,
        survey.id,
        survey.current_version_id,
        arrived.map((r) => ({
          id: r.id,
          answers: { ...r.answers },
          submittedAt: r.submittedAt,
          freeText: [...(input.freeText.get(r.id) ?? new Map()).entries()].map(([question, a]) => ({
            question,
            substantive: a.substantive,
            redacted: a.redacted,
            themes: a.themes,
          })),
        })),
      );
      console.log(
        `stored ${count} responses in ${((performance.now() - loading) / 1000).toFixed(1)} s`,
      );
      // The bulk load writes tags as an old database holds them: summarise them as the tag worker
      // does after migration 006 (the tag worker writes them with each batch it tags).
      const summarising = performance.now();
      for (let n = await backfillReportSummaries(db, 5000); n > 0; ) {
        n = await backfillReportSummaries(db, 5000);
      }
      const backfillSeconds = Number(((performance.now() - summarising) / 1000).toFixed(1));
      console.log(`summarised ${count} responses in ${backfillSeconds} s (migration back-fill)`);
      // The server stores answer codes with each response; the bulk load writes none, so fill them
      // in as the tag worker does for responses stored before they existed.
      const coding = performance.now();
      const deps = { db, versions: createVersionCache() };
      for (let n = await fillAnswerCodes(deps, 5000); n > 0; )
        n = await fillAnswerCodes(deps, 5000);
      const codeSeconds = ((performance.now() - coding) / 1000).toFixed(1);
      console.log(`coded ${count} responses in ${codeSeconds} s (answer codes back-fill)`);
      await db.destroy();
      return backfillSeconds;
    };
    // STORED_REPORT_DB=<file kept with KEEP_BENCH_DB>: time the reports again without rebuilding.
    let backfillSeconds: number | undefined;
    if (!process.env.STORED_REPORT_DB) backfillSeconds = await fill();
    interface Run {
      seconds: number;
      readSeconds: number;
      cpuSeconds: number;
      kb: number;
      peakRssMb: number;
    }
    const child = (mode: string) => {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'tests/bench/stored-report-child.ts', file, SLUG, mode],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { cold: Run; warm?: Run };
    };
    const json = child('json');
    const xlsx = child('xlsx').cold;
    const docx = child('docx').cold;
    const line = (label: string, run: Run, target: string) =>
      console.log(
        `${label.padEnd(28)}: ${run.seconds.toFixed(2)} s (${run.readSeconds.toFixed(2)} s reading; ${run.cpuSeconds.toFixed(2)} s CPU), ${run.kb} KB, peak RSS ${run.peakRssMb} MB; target ${target}`,
      );
    line('stored report (JSON), cold', json.cold, 'under 2 s, under 1024 MB');
    if (json.warm) line('stored report (JSON), warm', json.warm, '(no report cache)');
    line('xlsx export + responses sheet', xlsx, 'under 15 s');
    line('docx export (stored)', docx, 'under 15 s');
    const figures = {
      coldSeconds: json.cold.seconds,
      coldReadSeconds: json.cold.readSeconds,
      coldCpuSeconds: json.cold.cpuSeconds,
      warmSeconds: json.warm?.seconds,
      exportSeconds: { xlsx: xlsx.seconds, docx: docx.seconds },
      peakRssMb: { json: json.cold.peakRssMb, xlsx: xlsx.peakRssMb, docx: docx.peakRssMb },
    };
    return { ...figures, backfillSeconds };
  } finally {
    if (!process.env.KEEP_BENCH_DB) rmSync(dir, { recursive: true, force: true });
    else console.log(file);
  }
}
