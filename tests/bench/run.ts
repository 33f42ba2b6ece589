// npm run bench: load the real server on loopback and compare with raw SQLite inserts, in one run.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seededRandom } from '../../analysis/classifier/random.ts';
import { openSqlite } from '../../db/connection.ts';
import { measureRawInsertRate } from '../../db/raw-insert-rate.ts';
import { taggingStatus } from '../../db/tagging-repository.ts';
import { generateAnswers } from '../support/generate-answers.ts';
import { runClassifierBench } from './classifier-bench.ts';
import { runReportBench } from './report-bench.ts';
import { runStoredReportBench } from './stored-report-bench.ts';
import { runTaggingBench } from './tagging-bench.ts';

const SLUG = 'send-parent-experience';
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PORT = 3900 + Math.floor(Math.random() * 90);
const COMMENTS = [
  'Nothing.',
  'Our SENCO is brilliant and really listens to us.',
  'We waited over two years for an autism assessment and heard nothing in between.',
  'The EHC plan was late and vague; the annual review was cancelled twice.',
  'Transport is a nightmare: a 90 minute taxi ride each way.',
];

async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error('server exited during start-up');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

/** After a burst, how long the background tagger takes to clear its queue. */
async function measureTaggingCatchUp(databaseFile: string) {
  const db = openSqlite(databaseFile);
  try {
    const started = performance.now();
    const atEnd = (await taggingStatus(db)).backlog;
    let backlog = atEnd;
    while (backlog > 0 && performance.now() - started < 120_000) {
      await new Promise((r) => setTimeout(r, 250));
      backlog = (await taggingStatus(db)).backlog;
    }
    const tagged = await db
      .selectFrom('answer_analysis')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return {
      backlogAtEnd: atEnd,
      catchUpSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      left: backlog,
      answersTagged: Number(tagged.n),
    };
  } finally {
    await db.destroy();
  }
}

async function runSubmissionBench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-bench-'));
  const file = JSON.parse(readFileSync(join('surveys', `${SLUG}.json`), 'utf8')) as {
    json: unknown;
  };
  const bodies = Array.from({ length: 500 }, (_, i) =>
    JSON.stringify({
      answers: generateAnswers(file.json, { random: seededRandom(i + 7), texts: COMMENTS }),
    }),
  );

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      // One client sending as fast as it can is what the rate limit stops; here it is the load.
      RATE_LIMIT_SUBMISSIONS: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${PORT}`;
  try {
    await waitForHealth(url, child);
    const requests = bodies.map((body) => ({
      method: 'POST' as const,
      path: `/api/surveys/${SLUG}/responses`,
      headers: { 'content-type': 'application/json' },
      body,
    }));
    await autocannon({ url, connections: CONNECTIONS, duration: 2, requests }); // warm-up
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests });
    const accepted = result['2xx'] / result.duration;
    const tagging = await measureTaggingCatchUp(join(dataDir, 'send-voice.sqlite'));

    const rows = bodies.map((b) => ({
      id: randomUUID(),
      answers: JSON.stringify((JSON.parse(b) as { answers: unknown }).answers),
      submittedAt: new Date().toISOString(),
    }));
    const raw = await measureRawInsertRate(join(dataDir, 'raw.sqlite'), rows, 5);

    const figures = {
      connections: CONNECTIONS,
      seconds: result.duration,
      acceptedPerSecond: Math.round(accepted),
      non2xx: result.non2xx,
      errors: result.errors,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
      rawSqliteInsertsPerSecond: Math.round(raw.perSecond),
      ratioToRaw: Number((accepted / raw.perSecond).toFixed(3)),
      tagging,
    };
    console.log(`POST /api/surveys/${SLUG}/responses, ${CONNECTIONS} connections, ${SECONDS} s`);
    console.log(`  accepted responses/s : ${figures.acceptedPerSecond}`);
    console.log(
      `  latency p50 / p99    : ${figures.latencyMs.p50} ms / ${figures.latencyMs.p99} ms`,
    );
    console.log(`  non-2xx / errors     : ${figures.non2xx} / ${figures.errors}`);
    console.log(
      `raw SQLite inserts/s   : ${figures.rawSqliteInsertsPerSecond} (same rows, one transaction each)`,
    );
    console.log(`ratio API / raw        : ${figures.ratioToRaw}`);
    console.log(
      `tagging backlog        : ${tagging.backlogAtEnd} queued when the load stopped, cleared in ${tagging.catchUpSeconds} s (${tagging.left} left); ${tagging.answersTagged} answers tagged`,
    );
    return figures;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  // BENCH_ONLY=stored-report: only the report read from a stored database (about 2 minutes).
  if (process.env.BENCH_ONLY === 'stored-report') {
    console.log(JSON.stringify({ storedReport: await runStoredReportBench() }));
    return;
  }
  // BENCH_ONLY=submission: only the submission throughput (about half a minute).
  if (process.env.BENCH_ONLY === 'submission') {
    console.log(JSON.stringify({ submission: await runSubmissionBench() }));
    return;
  }
  const submission = await runSubmissionBench();
  const tagging = runTaggingBench();
  const classifier = runClassifierBench();
  const report = runReportBench();
  const storedReport = await runStoredReportBench();
  console.log(JSON.stringify({ submission, tagging, classifier, report, storedReport }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
