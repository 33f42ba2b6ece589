// Responses stored per second through insertResponse (group commit, every row a submission writes),
// on a table already holding PREFILL responses. Small enough to run alone:
// npx tsx tests/bench/response-insert-rate.ts [inserts] [prefill]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { insertResponse } from '../../db/responses-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { seedSurveys } from '../../server/seed-surveys.ts';

const INSERTS = Number(process.argv[2] ?? 5_000);
const PREFILL = Number(process.argv[3] ?? 0);
const AT_ONCE = 50;

/** Bytes this process has handed to the kernel to write (Linux): unaffected by other load. */
const written = () => {
  try {
    return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
};

const dir = mkdtempSync(join(tmpdir(), 'send-voice-insert-rate-'));
const db = openSqlite(join(dir, 'db.sqlite'));
try {
  await migrateToLatest(db);
  await seedSurveys(db, 'surveys', createLogger('silent'), new Date());
  const survey = await findSurveyBySlug(db, 'send-parent-experience');
  if (!survey?.current_version_id) throw new Error('the shipped survey was not seeded');
  const answers = { working_well: 'The SENCO listens.', not_working: 'Waiting for therapy.' };
  const one = () =>
    insertResponse(
      db,
      {
        id: randomUUID(),
        surveyId: survey.id,
        versionId: survey.current_version_id ?? '',
        answers,
        submittedAt: '2026-03-02T10:00:00.000Z',
        queueTagging: true,
        answerCodes: '{}',
      },
      { keyHash: randomUUID(), requestHash: 'x' },
    );
  // AT_ONCE submissions in flight, as from that many clients: they share commits.
  const run = async (count: number) => {
    let next = 0;
    const worker = async () => {
      while (next++ < count) await one();
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
  };
  await run(PREFILL);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const bytes = written();
  await run(INSERTS);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const kb = (written() - bytes) / 1024 / INSERTS;
  console.log(
    `${INSERTS} inserts after ${PREFILL}: ${Math.round(INSERTS / seconds)}/s, ` +
      `${(cpuMs / INSERTS).toFixed(3)} ms CPU and ${kb.toFixed(1)} KB written per insert`,
  );
} finally {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
