// Rate limits per client without knowing who anyone is: the flood of valid junk from one client
// and the quick guessing of access codes, reproduced and refused with 429 and Retry-After.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { countResponses } from '../../db/responses-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let t: TestApp;
afterEach(async () => t?.close());

const START = new Date('2026-12-07T10:00:00.000Z').getTime();
let clock = START;
const now = () => new Date(clock);

async function appWith(env: Record<string, string>, lines?: string[]) {
  clock = START;
  const dir = writeSurveysDir([surveyFile(), surveyFile({ slug: 'coded' })]);
  t = await createTestApp({
    surveysDir: dir,
    now,
    env: { NODE_ENV: 'test', ...env },
    logger: lines ? createLogger('debug', (line) => lines.push(line)) : undefined,
  });
  return t;
}

const from = (...addresses: string[]) => ({ 'x-forwarded-for': addresses.join(', ') });

const submit = (headers: Record<string, string> = {}, slug = 'tiny', extra = {}) =>
  t.request(
    `/api/surveys/${slug}/responses`,
    postJson({ answers: validTinyAnswers, ...extra }, headers),
  );

const checkCode = (accessCode: string, headers: Record<string, string> = {}) =>
  t.request('/api/surveys/coded/access-code-check', postJson({ accessCode }, headers));

async function expectTooMany(res: Response, retryAfter: number) {
  expect(res.status).toBe(429);
  expect(res.headers.get('retry-after')).toBe(String(retryAfter));
  expect(await res.json()).toEqual({
    error: { code: 'too_many_requests', message: expect.stringContaining(`${retryAfter} seconds`) },
  });
}

describe('the flood of valid junk from one client', () => {
  it('is cut off at the default limit, and nothing past it is stored', async () => {
    const perMinute = loadConfig({}).rateLimitSubmissions;
    await appWith({ RATE_LIMIT_SUBMISSIONS: String(perMinute) });
    const statuses: number[] = [];
    for (let i = 0; i < perMinute + 30; i++) statuses.push((await submit()).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(perMinute);
    expect(statuses.slice(perMinute).every((s) => s === 429)).toBe(true);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(perMinute);
  }, 60_000);

  it('is told when to come back, and is let in again then', async () => {
    await appWith({ RATE_LIMIT_SUBMISSIONS: '3' });
    for (let i = 0; i < 3; i++) expect((await submit()).status).toBe(201);
    // 3 a minute: one more every 20 seconds.
    await expectTooMany(await submit(), 20);
    clock += 19_000;
    await expectTooMany(await submit(), 1);
    clock += 1_000;
    expect((await submit()).status).toBe(201);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(4);
  });
});

describe('clients', () => {
  it('are told apart by address behind TRUST_PROXY proxies, and one flood stops no one else', async () => {
    await appWith({ RATE_LIMIT_SUBMISSIONS: '2', TRUST_PROXY: '1' });
    for (let i = 0; i < 2; i++) expect((await submit(from('203.0.113.7'))).status).toBe(201);
    expect((await submit(from('203.0.113.7'))).status).toBe(429);
    expect((await submit(from('198.51.100.20'))).status).toBe(201);
    // Whatever the client writes in front of the address our proxy saw is not believed.
    expect((await submit(from('192.0.2.1', '203.0.113.7'))).status).toBe(429);
  });

  it('on IPv6 are the /64 network, which one household or phone chooses its addresses in', async () => {
    await appWith({ RATE_LIMIT_SUBMISSIONS: '2', TRUST_PROXY: '1' });
    expect((await submit(from('2001:db8:1:2::a'))).status).toBe(201);
    expect((await submit(from('2001:db8:1:2:ffff:1:2:3'))).status).toBe(201);
    expect((await submit(from('2001:db8:1:2::b'))).status).toBe(429);
    expect((await submit(from('2001:db8:1:3::a'))).status).toBe(201);
  });

  it('with TRUST_PROXY=2 are the second address from the right', async () => {
    await appWith({ RATE_LIMIT_SUBMISSIONS: '1', TRUST_PROXY: '2' });
    expect((await submit(from('203.0.113.7', '10.0.0.1'))).status).toBe(201);
    expect((await submit(from('192.0.2.1', '203.0.113.7', '10.0.0.2'))).status).toBe(429);
    expect((await submit(from('198.51.100.20', '10.0.0.1'))).status).toBe(201);
  });

  it('without TRUST_PROXY cannot pick a new address by writing X-Forwarded-For', async () => {
    await appWith({ RATE_LIMIT_SUBMISSIONS: '2' });
    expect((await submit(from('203.0.113.1'))).status).toBe(201);
    expect((await submit(from('203.0.113.2'))).status).toBe(201);
    expect((await submit(from('203.0.113.3'))).status).toBe(429);
  });

  it('are never written to the logs, neither address nor key', async () => {
    const lines: string[] = [];
    await appWith({ RATE_LIMIT_SUBMISSIONS: '1', TRUST_PROXY: '1', LOG_LEVEL: 'debug' }, lines);
    await submit(from('203.0.113.77'));
    await submit(from('2001:db8:77::1'));
    await submit(from('2001:db8:77::1'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/203\.0\.113|2001:db8|forwarded/i);
  });

  it('are not limited at all with RATE_LIMIT_SUBMISSIONS=0', async () => {
    await appWith({ RATE_LIMIT_SUBMISSIONS: '0' });
    for (let i = 0; i < 40; i++) expect((await submit()).status).toBe(201);
  });
});

describe('guessing access codes', () => {
  async function codedApp(env: Record<string, string>) {
    await appWith({ TRUST_PROXY: '1', ...env });
    await t.deps.db
      .updateTable('surveys')
      .set({ access_codes_required: 1 })
      .where('slug', '=', 'coded')
      .execute();
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const res = await t.request(
      '/api/surveys/coded/access-codes',
      asToken(designer, 'POST', { count: 1 }),
    );
    return ((await res.json()) as { codes: string[] }).codes[0] as string;
  }

  it('through the public check stops at RATE_LIMIT_CODE_CHECKS, even for the right code', async () => {
    const code = await codedApp({ RATE_LIMIT_CODE_CHECKS: '2' });
    const guesser = from('203.0.113.9');
    expect((await checkCode('AAAA-AAAA', guesser)).status).toBe(403);
    expect((await checkCode('AAAA-AAAB', guesser)).status).toBe(403);
    await expectTooMany(await checkCode(code, guesser), 30);
    // A parent elsewhere is not held up by the guesser.
    expect((await checkCode(code, from('198.51.100.1'))).status).toBe(200);
  });

  it('by sending answers with codes counts against the same limit', async () => {
    const code = await codedApp({ RATE_LIMIT_CODE_CHECKS: '2', RATE_LIMIT_SUBMISSIONS: '50' });
    const guesser = from('203.0.113.9');
    expect((await submit(guesser, 'coded', { accessCode: 'AAAA-AAAA' })).status).toBe(403);
    expect((await checkCode('AAAA-AAAB', guesser)).status).toBe(403);
    await expectTooMany(await submit(guesser, 'coded', { accessCode: code }), 30);
    // Surveys without codes are not affected, and the code was not used up by the refusal.
    expect((await submit(guesser, 'tiny', { accessCode: 'AAAA-AAAA' })).status).toBe(201);
    expect((await submit(from('198.51.100.1'), 'coded', { accessCode: code })).status).toBe(201);
  });

  it('is not limited with RATE_LIMIT_CODE_CHECKS=0', async () => {
    await codedApp({ RATE_LIMIT_CODE_CHECKS: '0' });
    for (let i = 0; i < 30; i++) expect((await checkCode(`AAAA-AA${i}`)).status).toBe(403);
  });
});

describe('on a real server without proxies', () => {
  it('tells clients apart by the connection’s own address, whatever X-Forwarded-For says', async () => {
    const server = await startTestServer({
      surveysDir: writeSurveysDir([surveyFile()]),
      env: { RATE_LIMIT_SUBMISSIONS: '1' },
    });
    try {
      const port = Number(new URL(server.url).port);
      const from = (localAddress: string, forwarded?: string) =>
        postFrom(port, localAddress, forwarded ? { 'x-forwarded-for': forwarded } : {});
      expect(await from('127.0.0.1')).toBe(201);
      expect(await from('127.0.0.1', '198.51.100.1')).toBe(429);
      expect(await from('127.0.0.2')).toBe(201);
    } finally {
      await server.close();
    }
  });
});

function postFrom(port: number, localAddress: string, headers: Record<string, string>) {
  const body = JSON.stringify({ answers: validTinyAnswers });
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        path: '/api/surveys/tiny/responses',
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
