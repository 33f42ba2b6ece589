// Unexpected failures are logged and answered with a generic 500; logs never carry answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect((await t.app.request('/api/surveys/tiny', { headers })).status).toBe(200);
    expect((await t.app.request('/api/surveys/tiny/report', { headers })).status).toBe(401);
    const all = t.lines.join('\n');
    expect(all).toContain('"route":"/api/surveys/:slug"');
    // A request the access guard refuses is logged under its own route, not the guard's.
    expect(all).toContain('"route":"/api/surveys/:slug/report","status":401');
    for (const leak of ['Jack', 'Elm Road', '203.0.113.9', 'Mozilla', 'Parent phone']) {
      expect(all).not.toContain(leak);
    }
    await t.close();
  });
});

describe('submissions in the logs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('get no line each, whose time would date a response: only a count per hour', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-logs-'));
    dirs.push(dataDir);
    const lines: string[] = [];
    const config = loadConfig({ DATA_DIR: dataDir, SURVEYS_DIR: writeSurveysDir([surveyFile()]) });
    const t = await boot(config, {
      logger: createLogger('debug', (l) => lines.push(l)),
      tagging: 'manual',
    });
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: new Date('2026-03-10T14:37:21.123Z'),
    });
    const post = (answers: unknown) =>
      t.app.request('/api/surveys/tiny/responses', postJson({ answers }, headers));
    expect((await post(validTinyAnswers)).status).toBe(201);
    vi.setSystemTime(new Date('2026-03-10T14:52:03.456Z'));
    expect((await post(validTinyAnswers)).status).toBe(201);
    expect((await post({ ...validTinyAnswers, rating: SECRET })).status).toBe(400);
    const before = lines.length;
    expect(lines.join('\n')).not.toContain('/responses');

    vi.advanceTimersByTime(60 * 60 * 1000);
    const counted = lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(counted).toEqual([
      {
        time: expect.any(String),
        level: 'info',
        event: 'submissions_hour',
        hour: '2026-03-10T14:00:00.000Z',
        count: 3,
        byStatus: { 201: 2, 400: 1 },
      },
    ]);
    // The line is written after the hour is over, so its own time dates none of them.
    expect(String(counted[0]?.time) >= '2026-03-10T15:00:00.000Z').toBe(true);
    vi.useRealTimers();
    await t.close();
  });
});
