// `npm start` runs the server compiled to JavaScript, not through tsx: it must build, start,
// store an answer and tag it in its worker thread, which loads compiled code too.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { countResponses } from '../../db/responses-repository.ts';
import { taggingStatus } from '../../db/tagging-repository.ts';

const dir = mkdtempSync(join(tmpdir(), 'send-voice-compiled-'));
// Inside the project (git ignores build/), so the compiled code finds node_modules.
const out = join('build', `test-${process.pid}`);
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const url = /"event":"listening","url":"([^"]+)"/.exec(out)?.[1];
      if (url) resolve(url);
    });
    let err = '';
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}${err}`)));
  });
}

describe('the compiled server', { timeout: 180_000 }, () => {
  it('builds, starts, takes an answer and tags it', async () => {
    const built = spawnSync('npm', ['run', '--silent', 'build:server', '--', out], {
      encoding: 'utf8',
    });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    server = spawn(process.execPath, [join(out, 'server/main.js')], {
      env: { ...process.env, PORT: '0', DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'info' },
    });
    const url = await listening(server);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const sent = await fetch(`${url}/api/surveys/confidence-pulse/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        answers: {
          respondent_role: 'parent',
          quote_consent: 'yes',
          improve_confidence: 'We waited two years for a plan and nobody called us back',
        },
      }),
    });
    expect(sent.status).toBe(201);
    const db = openSqlite(join(dir, 'data', 'send-voice.sqlite'));
    try {
      expect(await countResponses(db, 'confidence-pulse')).toBe(1);
      await expect
        .poll(async () => (await taggingStatus(db)).backlog, { timeout: 60_000, interval: 500 })
        .toBe(0);
    } finally {
      await db.destroy();
    }
  });
});
