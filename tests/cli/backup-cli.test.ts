// Backups as an administrator takes them: while the server runs, without the pages that deleted
// answers left behind, and restored only once the server has stopped.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { countResponses } from '../../db/responses-repository.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function cli(args: string[], dataDir: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DOTENV_CONFIG_QUIET: 'true' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

async function submit(app: TestApp, text: string) {
  const res = await app.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: text } }),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function countIn(file: string) {
  const db = openSqlite(file);
  try {
    return await countResponses(db, 'tiny');
  } finally {
    await db.destroy();
  }
}

describe('cli backup and restore', { timeout: 120_000 }, () => {
  it('backs up while the server runs, leaves deleted answers behind, and restores once it stops', async () => {
    const app = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
    t = app;
    for (const n of [1, 2, 3]) await submit(app, `Kept answer number ${n}`);
    const withdrawn = await submit(app, 'A withdrawn answer about Zebedee-Quartz-Plinth');
    for (const table of ['tag_jobs', 'report_summaries']) {
      await sql`DELETE FROM ${sql.table(table)} WHERE response_id = ${withdrawn}`.execute(
        app.deps.db,
      );
    }
    await sql`DELETE FROM responses WHERE id = ${withdrawn}`.execute(app.deps.db);

    // The live files still hold the deleted words in freed pages; a file copy would carry them.
    // Read by another process: closing a file this process opened would drop SQLite's locks.
    const live = ['send-voice.sqlite', 'send-voice.sqlite-wal'].map((f) => join(app.dataDir, f));
    expect(spawnSync('grep', ['-q', '-a', 'Zebedee-Quartz-Plinth', ...live]).status).toBe(0);
    const out = join(app.dataDir, 'backup.sqlite');
    const backedUp = await cli(['backup', '--out', out], app.dataDir);
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect(backedUp.stderr).toMatch(/APP_SECRET/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out).includes('Zebedee-Quartz-Plinth')).toBe(false);
    expect(await countIn(out)).toBe(3);

    expect((await cli(['backup', '--out', out], app.dataDir)).code).toBe(1);
    await submit(app, 'Sent after the backup');
    const whileRunning = await cli(['restore', '--from', out], app.dataDir);
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.stderr).toMatch(/stop it first/);

    await app.deps.db.destroy();
    const restored = await cli(['restore', '--from', out], app.dataDir);
    expect(restored.code, restored.stderr).toBe(0);
    const database = join(app.dataDir, 'send-voice.sqlite');
    expect(await countIn(database)).toBe(3);
    expect(await countIn(`${database}.before-restore`)).toBe(4);
    t = undefined;
    await app.close().catch(() => undefined);
  });

  it('refuses a file that is not a SEND Voice backup, and a call without its file', async () => {
    const app = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
    t = app;
    const notBackup = join(app.dataDir, 'notes.txt');
    writeFileSync(notBackup, 'not a database at all, just some words');
    await app.deps.db.destroy();
    const refused = await cli(['restore', '--from', notBackup], app.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cannot be read as a database|not a SEND Voice database/);
    expect(existsSync(join(app.dataDir, 'send-voice.sqlite'))).toBe(true);
    expect((await cli(['backup'], app.dataDir)).code).toBe(2);
    t = undefined;
    await app.close().catch(() => undefined);
  });
});
