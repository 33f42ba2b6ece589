// Bursts, clusters of identical answers, and setting a suspected batch aside from reports: the
// attack of the issue (one client sending many valid, identical answers in one hour that pushed a
// statement to 100% agreement), scaled down, and its undoing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BurstsView } from '../../server/set-aside-contracts.ts';
import { addUser, asSession, asToken, signIn, tokenFor } from '../support/accounts.ts';
import { createTestApp, postJson, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let clock = new Date('2026-12-01T09:10:00Z');
let officerToken: string;

const SLUG = 'confidence-pulse';
const STATEMENTS = [
  'know_who_to_contact',
  'listened_to_by_council',
  'needs_will_be_met',
  'communication_improved',
  'trust_ehc_process',
  'information_easy_to_find',
];
const matrix = (column: string) => Object.fromEntries(STATEMENTS.map((s) => [s, column]));
const JUNK = { respondent_role: 'parent', confidence: matrix('strongly_agree') };
const HONEST_COLUMNS = ['disagree', 'agree', 'strongly_disagree', 'neither'];

beforeEach(async () => {
  clock = new Date('2026-12-01T09:10:00Z');
  t = await createTestApp({ now: () => clock, env: { NODE_ENV: 'test' } });
  const officer = await addUser(t, 'officer');
  officerToken = await tokenFor(t, officer.id);
});
afterEach(async () => t.close());

async function submit(answers: Record<string, unknown>) {
  const res = await t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
  expect(res.status).toBe(201);
}

/** 24 honest answers over 8 hours (three an hour, half agreeing), then 60 identical in one hour. */
async function honestThenJunk() {
  for (let i = 0; i < 24; i++) {
    clock = new Date(Date.UTC(2026, 11, 1, 9 + Math.floor(i / 3), 20));
    const column = HONEST_COLUMNS[i % HONEST_COLUMNS.length] as string;
    await submit({
      respondent_role: i % 3 === 0 ? 'carer' : 'parent',
      confidence: { ...matrix(column), know_who_to_contact: i < 12 ? 'agree' : 'disagree' },
    });
  }
  clock = new Date('2026-12-01T20:30:00Z');
  for (let i = 0; i < 60; i++) await submit(JUNK);
}

const get = async <T>(path: string, token = officerToken) => {
  const res = await t.request(path, asToken(token));
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
const bursts = () => get<BurstsView>(`/api/surveys/${SLUG}/bursts`);
const send = (path: string, body: unknown, token = officerToken) =>
  t.request(path, asToken(token, 'POST', body));

interface ReportBody {
  responses: number;
  setAside: number;
  questions: {
    name: string;
    rows?: { name: string; agreement?: { percent?: number; n?: number } }[];
  }[];
}
async function knowWhoToContact() {
  const report = await get<ReportBody>(`/api/surveys/${SLUG}/report`);
  const row = report.questions
    .find((q) => q.name === 'confidence')
    ?.rows?.find((r) => r.name === 'know_who_to_contact');
  return { responses: report.responses, setAside: report.setAside, agreement: row?.agreement };
}

describe('bursts and clusters', { timeout: 30_000 }, () => {
  it('show the busy hour and the cluster of identical answers, in words', async () => {
    await honestThenJunk();
    const view = await bursts();
    expect(view.totalResponses).toBe(84);
    expect(view.usualPerHour).toBe(3);
    const unusual = view.hours.filter((h) => h.unusual);
    expect(unusual).toEqual([
      { hour: '2026-12-01T20:00:00.000Z', responses: 60, setAside: 0, unusual: true },
    ]);
    const [cluster] = view.clusters;
    expect(cluster).toMatchObject({
      responses: 60,
      setAside: 0,
      firstHour: '2026-12-01T20:00:00.000Z',
      lastHour: '2026-12-01T20:00:00.000Z',
      sameWrittenAnswers: false,
    });
    expect(cluster?.preview).toEqual([
      { question: 'Who is answering?', answer: 'A parent' },
      {
        question: 'How much do you agree with each of these?',
        answer: 'Strongly agree to all 6 statements',
      },
    ]);
  });

  it('treat answers sent in any key order as identical', async () => {
    const reversed = Object.fromEntries(Object.entries(matrix('agree')).reverse());
    for (let i = 0; i < 3; i++)
      await submit({ respondent_role: 'carer', confidence: matrix('agree') });
    for (let i = 0; i < 3; i++) await submit({ confidence: reversed, respondent_role: 'carer' });
    const view = await bursts();
    expect(view.clusters.map((c) => c.responses)).toEqual([6]);
    expect(view.hours.some((h) => h.unusual)).toBe(false);
  });

  it('are for officers only: 401 without an account, 403 for a designer', async () => {
    expect((await t.request(`/api/surveys/${SLUG}/bursts`)).status).toBe(401);
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    expect((await t.request(`/api/surveys/${SLUG}/bursts`, asToken(designer))).status).toBe(403);
    const set = await send(`/api/surveys/${SLUG}/set-asides`, { clusterId: 'x' }, designer);
    expect(set.status).toBe(403);
    expect((await t.request('/api/surveys/nope/bursts', asToken(officerToken))).status).toBe(404);
  });
});

describe('setting a batch aside', { timeout: 30_000 }, () => {
  it('drops it from the report, which returns to its honest figure, and undo brings it back', async () => {
    await honestThenJunk();
    const before = await knowWhoToContact();
    expect(before.responses).toBe(84);
    expect(before.setAside).toBe(0);

    const clusterId = (await bursts()).clusters[0]?.id;
    const res = await send(`/api/surveys/${SLUG}/set-asides`, {
      clusterId,
      reason: '60 identical answers in one hour from one burst',
    });
    expect(res.status).toBe(201);
    const { id, responses } = (await res.json()) as { id: string; responses: number };
    expect(responses).toBe(60);

    const after = await knowWhoToContact();
    expect(after).toMatchObject({ responses: 24, setAside: 60 });
    expect(before.agreement).toMatchObject({ n: 84, percent: 85.7 });
    expect(after.agreement).toMatchObject({ n: 24, percent: 50 });
    const view = await bursts();
    expect(view.setAside).toBe(60);
    expect(view.clusters[0]?.setAside).toBe(60);
    expect(view.batches).toMatchObject([{ id, responses: 60, undoneAt: null }]);

    const undo = await send(`/api/surveys/${SLUG}/set-asides/${id}/undo`, { reason: 'mistake' });
    expect(undo.status).toBe(204);
    expect(await knowWhoToContact()).toEqual(before);
    expect((await send(`/api/surveys/${SLUG}/set-asides/${id}/undo`, {})).status).toBe(409);

    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target', 'details'])
      .where('action', 'like', 'responses.set_aside%')
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['responses.set_aside', 'responses.set_aside_undo']);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({
      batch: id,
      responses: 60,
      reason: '60 identical answers in one hour from one burst',
    });
    expect(await t.deps.db.selectFrom('responses').select('id').execute()).toHaveLength(84);
  });

  it('can be limited to some hours, and leaves every file and the responses CSV', async () => {
    await honestThenJunk();
    clock = new Date('2026-12-02T10:00:00Z');
    for (let i = 0; i < 5; i++) await submit(JUNK);
    const cluster = (await bursts()).clusters[0];
    expect(cluster?.responses).toBe(65);
    expect(cluster?.hours).toEqual([
      { hour: '2026-12-01T20:00:00.000Z', responses: 60 },
      { hour: '2026-12-02T10:00:00.000Z', responses: 5 },
    ]);
    const res = await send(`/api/surveys/${SLUG}/set-asides`, {
      clusterId: cluster?.id,
      reason: 'the burst at 8pm',
      fromHour: '2026-12-01T20:00:00.000Z',
      toHour: '2026-12-01T20:00:00.000Z',
    });
    expect(((await res.json()) as { responses: number }).responses).toBe(60);
    expect((await knowWhoToContact()).responses).toBe(29);
    const csv = await t.request(`/api/surveys/${SLUG}/responses-export`, asToken(officerToken));
    // The not-for-publication line, the headers, and the 29 responses still counted.
    expect((await csv.text()).trim().split('\n')).toHaveLength(31);
  });

  it('refuses a missing reason (400, nothing written), an unknown cluster (404), a repeat (409)', async () => {
    await honestThenJunk();
    const clusterId = (await bursts()).clusters[0]?.id;
    const path = `/api/surveys/${SLUG}/set-asides`;
    for (const body of [{ clusterId }, { clusterId, reason: '  ' }, { reason: 'no cluster' }]) {
      const res = await send(path, body);
      expect(res.status).toBe(400);
    }
    expect(await t.deps.db.selectFrom('set_aside_batches').select('id').execute()).toEqual([]);
    const unknown = await send(path, { clusterId: 'AAAAAAAAAAAAAAAA', reason: 'looks like junk' });
    expect(unknown.status).toBe(404);
    const noneThen = await send(path, {
      clusterId,
      reason: 'looks like junk',
      fromHour: '2026-11-01T00:00:00.000Z',
      toHour: '2026-11-01T05:00:00.000Z',
    });
    expect(noneThen.status).toBe(404);
    const backwards = await send(path, {
      clusterId,
      reason: 'looks like junk',
      fromHour: '2026-12-02T00:00:00.000Z',
      toHour: '2026-12-01T00:00:00.000Z',
    });
    expect(backwards.status).toBe(400);
    expect((await send(path, { clusterId, reason: 'junk burst' })).status).toBe(201);
    expect((await send(path, { clusterId, reason: 'junk burst' })).status).toBe(409);
    const undo = await send(`${path}/00000000-0000-4000-8000-000000000000/undo`, {});
    expect(undo.status).toBe(404);
  });

  it('sets each response aside once when two officers do it at the same moment', async () => {
    await honestThenJunk();
    const clusterId = (await bursts()).clusters[0]?.id;
    const path = `/api/surveys/${SLUG}/set-asides`;
    const results = await Promise.all([
      send(path, { clusterId, reason: 'junk burst, first officer' }),
      send(path, { clusterId, reason: 'junk burst, second officer' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await knowWhoToContact()).toMatchObject({ responses: 24, setAside: 60 });
    expect((await bursts()).hours.reduce((n, h) => n + h.responses, 0)).toBe(84);
  });

  it('works from a signed-in session with its CSRF token, and not without it', async () => {
    await honestThenJunk();
    const officer = await addUser(t, 'officer');
    const session = await signIn(t, officer.email);
    const clusterId = (await bursts()).clusters[0]?.id;
    const body = { clusterId, reason: 'junk burst' };
    const path = `/api/surveys/${SLUG}/set-asides`;
    expect((await t.request(path, asSession(session, 'POST', body, { csrf: false }))).status).toBe(
      403,
    );
    expect((await t.request(path, asSession(session, 'POST', body))).status).toBe(201);
  });
});
