// A response acknowledged with 201 is already committed: killing the server (kill -9) right after
// loses none of them, whatever batch it was written in.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { postJson, writeSurveysDir } from '../support/test-app.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function freePort() {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 0;
}

it('keeps every acknowledged response when the server is killed mid-load', {
  timeout: 90_000,
}, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-kill-'));
  const surveysDir = writeSurveysDir([surveyFile()]);
  dirs.push(dataDir, surveysDir);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      SURVEYS_DIR: surveysDir,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_SUBMISSIONS: '0',
    },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${url}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }

  const acknowledged: string[] = [];
  let killed = false;
  const submit = async (i: number) => {
    const res = await fetch(
      `${url}/api/surveys/tiny/responses`,
      postJson({ answers: { ...validTinyAnswers, working_well: `Answer ${i}` } }),
    );
    if (res.status !== 201) return;
    acknowledged.push(((await res.json()) as { id: string }).id);
    if (acknowledged.length >= 15 && !killed) {
      killed = true;
      child.kill('SIGKILL');
    }
  };
  const waves = Array.from({ length: 6 }, (_, wave) =>
    Array.from({ length: 20 }, (_, i) => wave * 20 + i),
  );
  for (const wave of waves) {
    if (killed) break;
    await Promise.allSettled(wave.map(submit));
  }
  if (!killed) child.kill('SIGKILL');
  await exited;

  expect(acknowledged.length).toBeGreaterThanOrEqual(15);
  const db = openSqlite(join(dataDir, 'send-voice.sqlite'));
  try {
    const stored = await db.selectFrom('responses').select('id').execute();
    const ids = new Set(stored.map((r) => r.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  } finally {
    await db.destroy();
  }
});
