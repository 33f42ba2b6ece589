import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { addUser, asSession, createAccountsTestApp, signIn } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import {
  createTestApp,
  postJson,
  SHIPPED_SURVEYS_DIR,
  type TestApp,
  writeSurveysDir,
} from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** What @hono/node-server passes a handler for a request from `address`. */
const socketFrom = (address: string) => ({
  incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4', remotePort: 40000 } },
});

async function scrape(app: TestApp, init: RequestInit = {}, address = '127.0.0.1') {
  return app.app.request('/metrics', init, socketFrom(address));
}

const metricValue = (text: string, line: string) => {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

describe('health checks', () => {
  it('says the app is alive and ready on a migrated database', async () => {
    t = await createTestApp();
    expect((await t.request('/healthz')).status).toBe(200);
    const ready = await t.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready, with the reason, when the database misses a migration', async () => {
    t = await createTestApp();
    await sql`DELETE FROM kysely_migration WHERE name = (SELECT max(name) FROM kysely_migration)`.execute(
      t.deps.db,
    );
    const res = await t.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: { code: 'not_ready', message: 'The database is missing 1 migration(s).' },
    });
  });
});

describe('GET /metrics', () => {
  it('answers a scraper on this machine in Prometheus text format', async () => {
    t = await createTestApp();
    const res = await scrape(t);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/);
    const text = await res.text();
    for (const name of [
      'sendvoice_submissions_total',
      'sendvoice_rejections_total',
      'sendvoice_rate_limited_total',
      'sendvoice_tagging_backlog',
      'sendvoice_bot_discards',
      'sendvoice_report_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
  });

  it('refuses anyone else without the token, and a relayed request even from this machine', async () => {
    t = await createTestApp();
    const elsewhere = await scrape(t, {}, '203.0.113.9');
    expect(elsewhere.status).toBe(403);
    expect(((await elsewhere.json()) as { error: { code: string } }).error.code).toBe(
      'metrics_loopback_only',
    );
    const relayed = await scrape(t, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(relayed.status).toBe(403);
    expect((await t.request('/metrics')).status).toBe(403);
  });

  it('lets a scraper elsewhere in with METRICS_TOKEN, and only with the right one', async () => {
    const token = 'a-metrics-token-of-enough-length';
    t = await createTestApp({ env: { METRICS_TOKEN: token } });
    const bearer = (value: string) => ({ headers: { authorization: `Bearer ${value}` } });
    expect((await scrape(t, bearer(token), '203.0.113.9')).status).toBe(200);
    const wrong = await scrape(t, bearer(`${token}x`), '203.0.113.9');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    expect((await scrape(t, {}, '203.0.113.9')).status).toBe(401);
    expect((await scrape(t, bearer('wrong'))).status).toBe(401);
  });

  it('counts submissions only once their hour is over, so no scrape dates a response', async () => {
    let now = new Date('2026-03-10T14:37:21.123Z');
    t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]), now: () => now });
    const line = 'sendvoice_submissions_total{status="201"}';
    const before = await (await scrape(t)).text();
    const sent = await t.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(sent.status).toBe(201);
    await t.tagWorker.drain();
    const sameHour = await (await scrape(t)).text();
    expect(sameHour).toBe(before);
    now = new Date('2026-03-10T14:59:59.999Z');
    expect(metricValue(await (await scrape(t)).text(), line)).toBeUndefined();
    now = new Date('2026-03-10T15:00:01.000Z');
    const nextHour = await (await scrape(t)).text();
    expect(metricValue(nextHour, line)).toBe(1);
  });

  it('counts refusals by error code, and 429s on their own', async () => {
    const app = await createTestApp({
      surveysDir: writeSurveysDir([surveyFile()]),
      env: { RATE_LIMIT_SUBMISSIONS: '1' },
    });
    t = app;
    const send = () =>
      app.request('/api/surveys/tiny/responses', postJson({ answers: { rating: 'not a number' } }));
    const refused = await send();
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { code: string } };
    expect((await send()).status).toBe(429);
    const text = await (await scrape(app)).text();
    expect(metricValue(text, 'sendvoice_rate_limited_total')).toBe(1);
    expect(metricValue(text, 'sendvoice_rejections_total{code="too_many_requests"}')).toBe(1);
    expect(metricValue(text, `sendvoice_rejections_total{code="${error.code}"}`)).toBe(1);
  });

  it('times each report built, by format, and not a refused request', async () => {
    t = await createAccountsTestApp({ surveysDir: SHIPPED_SURVEYS_DIR });
    const path = '/api/surveys/confidence-pulse/report?format=csv';
    expect((await t.request(path)).status).toBe(401);
    const officer = await addUser(t, 'officer');
    const res = await t.request(path, asSession(await signIn(t, officer.email)));
    expect(res.status).toBe(200);
    const text = await (await scrape(t)).text();
    expect(metricValue(text, 'sendvoice_report_seconds_count{format="csv"}')).toBe(1);
  });
});
