// Submissions per second through the real server, against the stack's ceiling measured in the
// same run: a bare Hono endpoint that parses the JSON and runs one prepared insert.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../analysis/classifier/random.ts';
import { openSqlite } from '../../db/connection.ts';
import { measureRawInsertRate } from '../../db/raw-insert-rate.ts';
import { countResponses } from '../../db/responses-repository.ts';
import { taggingStatus } from '../../db/tagging-repository.ts';
import { generateAnswers } from '../support/generate-answers.ts';
import {
  CONNECTIONS,
  type LoadResult,
  loadFor,
  postRequests,
  sampleRss,
  startServer,
  stopServer,
  waitForHealth,
  warmUp,
} from './load.ts';

const SLUG = 'send-parent-experience';
const PATH = `/api/surveys/${SLUG}/responses`;
// 60 s shows whether memory stays flat; BENCH_SECONDS=10 for a quick look.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CEILING_SECONDS = Math.min(SECONDS, 15);
const COMMENTS = [
  'Nothing.',
  'Our SENCO is brilliant and really listens to us.',
  'We waited over two years for an autism assessment and heard nothing in between.',
  'The EHC plan was late and vague; the annual review was cancelled twice.',
  'Transport is a nightmare: a 90 minute taxi ride each way.',
];

const port = () => 3900 + Math.floor(Math.random() * 90);

async function storedCount(databaseFile: string) {
  const db = openSqlite(databaseFile);
  try {
    return await countResponses(db);
  } finally {
    await db.destroy();
  }
}

/** The count once writes still running from a dropped warm-up connection have finished. */
async function settledCount(databaseFile: string) {
  let previous = -1;
  let count = await storedCount(databaseFile);
  while (count !== previous) {
    await new Promise((r) => setTimeout(r, 300));
    previous = count;
    count = await storedCount(databaseFile);
  }
  return count;
}

/** After a burst, how long the background tagger takes to clear its queue. */
async function measureTaggingLag(databaseFile: string) {
  const db = openSqlite(databaseFile);
  try {
    const started = performance.now();
    const atEnd = (await taggingStatus(db)).backlog;
    let backlog = atEnd;
    while (backlog > 0 && performance.now() - started < 300_000) {
      await new Promise((r) => setTimeout(r, 250));
      backlog = (await taggingStatus(db)).backlog;
    }
    return {
      backlogAtEnd: atEnd,
      lagSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      left: backlog,
    };
  } finally {
    await db.destroy();
  }
}

async function measureCeiling(dataDir: string, bodies: string[]) {
  const url = `http://127.0.0.1:${port()}`;
  const child = startServer('tests/bench/stack-ceiling-server.ts', {
    PORT: new URL(url).port,
    CEILING_DB: join(dataDir, 'ceiling.sqlite'),
  });
  try {
    await waitForHealth(url, child);
    const requests = postRequests(PATH, bodies);
    const rate = await warmUp(url, requests, child);
    return await loadFor(url, requests, CEILING_SECONDS, rate, child);
  } finally {
    await stopServer(child);
  }
}

async function measureServer(dataDir: string, bodies: string[]) {
  const url = `http://127.0.0.1:${port()}`;
  const databaseFile = join(dataDir, 'send-voice.sqlite');
  // As in production (background tagging on), but without the per-network limits.
  const child = startServer('server/main.ts', {
    DATA_DIR: dataDir,
    PORT: new URL(url).port,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_SUBMISSIONS: '0',
    RATE_LIMIT_CODE_CHECKS: '0',
  });
  try {
    await waitForHealth(url, child);
    const requests = postRequests(PATH, bodies);
    const rate = await warmUp(url, requests, child);
    const before = await settledCount(databaseFile);
    const rss = child.pid === undefined ? undefined : sampleRss(child.pid);
    const result = await loadFor(url, requests, SECONDS, rate, child);
    const memory = rss?.stop();
    const stored = (await settledCount(databaseFile)) - before;
    const tagging = await measureTaggingLag(databaseFile);
    return { result, stored, memory, tagging };
  } finally {
    await stopServer(child);
  }
}

const latency = (r: LoadResult) => `${r.p50} / ${r.p99} ms`;

export async function runSubmissionBench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-bench-'));
  const file = JSON.parse(readFileSync(join('surveys', `${SLUG}.json`), 'utf8')) as {
    json: unknown;
  };
  const bodies = Array.from({ length: 500 }, (_, i) =>
    JSON.stringify({
      answers: generateAnswers(file.json, { random: seededRandom(i + 7), texts: COMMENTS }),
    }),
  );
  // The machine is shared: figures taken while it is busy are not comparable.
  const loadAtStart = Number(loadavg()[0]?.toFixed(1));
  try {
    const ceiling = await measureCeiling(dataDir, bodies);
    const server = await measureServer(dataDir, bodies);
    const rows = bodies.map((b) => ({
      id: randomUUID(),
      answers: JSON.stringify((JSON.parse(b) as { answers: unknown }).answers),
      submittedAt: new Date().toISOString(),
    }));
    const raw = await measureRawInsertRate(join(dataDir, 'raw.sqlite'), rows, 5);
    const { result, stored, memory, tagging } = server;
    const figures = {
      connections: CONNECTIONS,
      seconds: result.seconds,
      acceptedPerSecond: Math.round(result.perSecond),
      created201: result.created,
      stored,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      latencyMs: { p50: result.p50, p99: result.p99 },
      ceilingPerSecond: Math.round(ceiling.perSecond),
      ceilingLatencyMs: { p50: ceiling.p50, p99: ceiling.p99 },
      ratioToCeiling: Number((result.perSecond / ceiling.perSecond).toFixed(3)),
      rawDurableInsertsPerSecond: Math.round(raw.perSecond),
      rssMb: memory,
      tagging,
      loadAverage: { atStart: loadAtStart, atEnd: Number(loadavg()[0]?.toFixed(1)) },
    };
    console.log(
      `POST ${PATH}, ${CONNECTIONS} connections; load average ${loadAtStart} at the start, ${figures.loadAverage.atEnd} at the end`,
    );
    console.table({
      server: {
        'per s': figures.acceptedPerSecond,
        'p50 / p99': latency(result),
        s: result.seconds,
        '201s': result.created,
        stored: stored,
        'non-2xx': result.non2xx,
      },
      ceiling: {
        'per s': figures.ceilingPerSecond,
        'p50 / p99': latency(ceiling),
        s: ceiling.seconds,
        '201s': ceiling.created,
        'non-2xx': ceiling.non2xx,
      },
    });
    console.log(
      `ratio to ceiling ${figures.ratioToCeiling}; raw durable inserts/s ${figures.rawDurableInsertsPerSecond} (one transaction each, synchronous=FULL)`,
    );
    console.log(
      `server RSS MB start / max / end: ${memory?.startMb} / ${memory?.maxMb} / ${memory?.endMb}; tagging: ${tagging.backlogAtEnd} queued at the end of the burst, cleared in ${tagging.lagSeconds} s (${tagging.left} left)`,
    );
    if (stored !== result.created) {
      throw new Error(
        `STORED COUNT MISMATCH: ${result.created} responses acknowledged with 201, ${stored} stored`,
      );
    }
    return figures;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
