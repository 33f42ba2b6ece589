// npm run bench: load the real server on loopback and compare it with the stack's ceiling, in one
// run; then tagging, classifier and report benchmarks.

import { runClassifierBench } from './classifier-bench.ts';
import { runGroupingBench } from './grouping-bench.ts';
import { runReportBench } from './report-bench.ts';
import { runStoredReportBench } from './stored-report-bench.ts';
import { runSubmissionBench } from './submission-bench.ts';
import { runTaggerLoadBench, runTaggingBench, runTaggingThreadBench } from './tagging-bench.ts';
import { runValidatorBench } from './validator-bench.ts';

async function main() {
  // BENCH_ONLY=stored-report: only the report read from a stored database (about 2 minutes).
  if (process.env.BENCH_ONLY === 'stored-report') {
    console.log(JSON.stringify({ storedReport: await runStoredReportBench() }));
    return;
  }
  // BENCH_ONLY=submission: only the submission throughput and its ceiling (about 2 minutes;
  // BENCH_SECONDS=10 for a quick look).
  if (process.env.BENCH_ONLY === 'submission') {
    console.log(JSON.stringify({ submission: await runSubmissionBench() }));
    return;
  }
  // BENCH_ONLY=tagging: only the tagger's load, speed and thread (about 15 seconds).
  if (process.env.BENCH_ONLY === 'tagging') {
    const taggerLoad = runTaggerLoadBench();
    const tagging = runTaggingBench();
    console.log(
      JSON.stringify({ taggerLoad, tagging, taggingThread: await runTaggingThreadBench() }),
    );
    return;
  }
  const submission = await runSubmissionBench();
  const validator = runValidatorBench();
  const taggerLoad = runTaggerLoadBench();
  const tagging = runTaggingBench();
  const taggingThread = await runTaggingThreadBench();
  const classifier = runClassifierBench();
  const grouping = runGroupingBench();
  const report = runReportBench();
  const storedReport = await runStoredReportBench();
  console.log(
    JSON.stringify({
      submission,
      validator,
      taggerLoad,
      tagging,
      taggingThread,
      classifier,
      grouping,
      report,
      storedReport,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
