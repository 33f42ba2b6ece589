// Unexpected failures are logged and answered with a generic 500; logs never carry answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boot } from '../../server/boot.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { postJson, writeSurveysDir } from '../support/test-app.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function bootWithLogCapture() {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-logs-'));
  dirs.push(dataDir);
  const lines: string[] = [];
  const config = loadConfig({ DATA_DIR: dataDir, SURVEYS_DIR: writeSurveysDir([surveyFile()]) });
  const booted = await boot(config, { logger: createLogger('debug', (l) => lines.push(l)) });
  return { ...booted, lines };
}

const SECRET = 'Our son Jack waited 3 years at 12 Elm Road';
const headers = { 'user-agent': 'Mozilla/5.0 (Parent phone)', 'x-forwarded-for': '203.0.113.9' };

describe('unexpected failures', () => {
  it('answer 500 with a generic message and no internals, and are logged', async () => {
    const t = await bootWithLogCapture();
    await t.deps.db.destroy();
    const res = await t.app.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: { ...validTinyAnswers, working_well: SECRET } }, headers),
    );
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: expect.any(String) },
    });
    expect(text).not.toMatch(/at |Error:|kysely|sqlite|\.ts/i);
    const logged = t.lines.map((l) => JSON.parse(l) as { event: string });
    expect(logged.some((l) => l.event === 'unhandled_error')).toBe(true);
    expect(t.lines.join('\n')).not.toContain('Jack');
  });
});

describe('request logs', () => {
  it('carry no answers, addresses or user agents', async () => {
    const t = await bootWithLogCapture();
    const res = await t.app.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: { ...validTinyAnswers, working_well: SECRET } }, headers),
    );
    expect(res.status).toBe(201);
    const bad = await t.app.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: { ...validTinyAnswers, rating: SECRET } }, headers),
    );
    expect(bad.status).toBe(400);
    const all = t.lines.join('\n');
    expect(all).toContain('"route":"/api/surveys/:slug/responses"');
    for (const leak of ['Jack', 'Elm Road', '203.0.113.9', 'Mozilla', 'Parent phone']) {
      expect(all).not.toContain(leak);
    }
    await t.close();
  });
});
