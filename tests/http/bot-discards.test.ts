// Obvious bots (the honeypot filled, or answers sent faster than a person could) are discarded
// silently: the same 201 a stored response gets, nothing stored, and a count officers can see.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, type Draft, updateDraft } from '../../client/lib/draft-store.ts';
import { submissionBody } from '../../client/questionnaire/submission-body.ts';
import { listBotDiscards } from '../../db/bot-discards-repository.ts';
import { countResponses } from '../../db/responses-repository.ts';
import { minimumSeconds } from '../../server/services/bot-rule.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
afterEach(async () => t?.close());

let clock = new Date('2026-12-07T10:15:00.000Z').getTime();
async function botCheckedApp() {
  clock = new Date('2026-12-07T10:15:00.000Z').getTime();
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    now: () => new Date(clock),
    botCheck: 'on',
    env: { NODE_ENV: 'test' },
  });
}

const FAST_ENOUGH = minimumSeconds(validTinyAnswers);

const submit = (extra: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: validTinyAnswers, ...extra }, headers),
  );

async function expectAcknowledged(res: Response) {
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string };
  expect(Object.keys(body)).toEqual(['id']);
  expect(body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  return body.id;
}

const surveyId = async () =>
  (
    await t.deps.db
      .selectFrom('surveys')
      .select('id')
      .where('slug', '=', 'tiny')
      .executeTakeFirstOrThrow()
  ).id;

describe('a bot filling the hidden field', () => {
  it('gets the usual 201 with a fresh id, and nothing is stored but a count', async () => {
    await botCheckedApp();
    const first = await expectAcknowledged(
      await submit({ website: 'https://cheap-pills.example', elapsedSeconds: 60 }),
    );
    const second = await expectAcknowledged(await submit({ website: 'x', elapsedSeconds: 60 }));
    expect(first).not.toBe(second);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(0);
    expect(await listBotDiscards(t.deps.db, await surveyId())).toEqual([
      { hour: '2026-12-07T10:00:00.000Z', discarded: 2 },
    ]);
  });
});

describe('answers sent faster than a person could', () => {
  it('are discarded below the minimum and stored from it; a missing time is accepted', async () => {
    await botCheckedApp();
    await expectAcknowledged(await submit({ website: '', elapsedSeconds: 0 }));
    await expectAcknowledged(await submit({ website: '', elapsedSeconds: FAST_ENOUGH - 0.1 }));
    expect(await countResponses(t.deps.db, 'tiny')).toBe(0);
    await expectAcknowledged(await submit({ website: '', elapsedSeconds: FAST_ENOUGH }));
    await expectAcknowledged(await submit({}));
    expect(await countResponses(t.deps.db, 'tiny')).toBe(2);
  });

  it('need longer the more questions were answered, up to a limit', () => {
    expect(minimumSeconds({})).toBe(2);
    expect(minimumSeconds({ a: 1, b: '', c: [], d: null })).toBe(2.25);
    expect(FAST_ENOUGH).toBe(2 + 7 * 0.25);
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`q${i}`, 'x']));
    expect(minimumSeconds(many)).toBe(10);
  });

  it('are counted per survey and hour, and shown to officers beside the responses', async () => {
    await botCheckedApp();
    await submit({ elapsedSeconds: 0.5 });
    clock += 60 * 60 * 1000;
    await submit({ elapsedSeconds: 0.5 });
    await submit({ website: 'spam' });
    await submit({ elapsedSeconds: 600 });
    expect(await listBotDiscards(t.deps.db, await surveyId())).toEqual([
      { hour: '2026-12-07T10:00:00.000Z', discarded: 1 },
      { hour: '2026-12-07T11:00:00.000Z', discarded: 2 },
    ]);
    const officer = await tokenFor(t, (await addUser(t, 'officer')).id);
    const list = await (await t.request('/api/officer/surveys', asToken(officer))).json();
    expect(list).toContainEqual(
      expect.objectContaining({ slug: 'tiny', responses: 1, botDiscards: 3 }),
    );
  });

  it('never use up an access code', async () => {
    await botCheckedApp();
    await t.deps.db.updateTable('surveys').set({ access_codes_required: 1 }).execute();
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const issued = await t.request(
      '/api/surveys/tiny/access-codes',
      asToken(designer, 'POST', { count: 1 }),
    );
    const [code] = ((await issued.json()) as { codes: string[] }).codes;
    await expectAcknowledged(await submit({ accessCode: code, elapsedSeconds: 0 }));
    expect(await t.deps.db.selectFrom('access_codes').select('used').execute()).toEqual([
      { used: 0 },
    ]);
    await expectAcknowledged(await submit({ accessCode: code, elapsedSeconds: 120 }));
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });
});

describe('a parent whose first attempt was cut off', () => {
  it('is stored once when the retry, with the same key, counts the time since Start', async () => {
    await botCheckedApp();
    const key = { 'Idempotency-Key': 'retry-key-123456' };
    const first = await expectAcknowledged(await submit({ website: '', elapsedSeconds: 95 }, key));
    const retry = await expectAcknowledged(
      await submit({ website: '', elapsedSeconds: 3700 }, key),
    );
    expect(retry).toBe(first);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });
});

describe('the fields', () => {
  it('are refused when malformed, like any other field', async () => {
    await botCheckedApp();
    expect((await submit({ elapsedSeconds: -1 })).status).toBe(400);
    expect((await submit({ elapsedSeconds: '12' })).status).toBe(400);
    expect((await submit({ website: 12 })).status).toBe(400);
  });
});

describe('a parent using the page', () => {
  // The browser's own code builds what is sent: the draft store and the submission body.
  const storage = new Map<string, string>();
  const localStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  };
  const key = { 'Idempotency-Key': 'parent-key-123456' };
  const send = (draft: Draft) =>
    t.request(
      '/api/surveys/tiny/responses',
      postJson(submissionBody(draft, { answers: validTinyAnswers, version: 1, website: '' }), key),
    );
  const save = (data: Record<string, unknown>) =>
    updateDraft('tiny', { version: 1, data, pageNo: 0, idempotencyKey: 'parent-key-123456' });

  beforeEach(() => {
    storage.clear();
    vi.stubGlobal('window', { localStorage });
    vi.useFakeTimers({ now: Date.parse('2026-12-07T10:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    clearDraft('tiny');
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('who resumes a draft and sends at once is never discarded', async () => {
    await botCheckedApp();
    save({});
    vi.advanceTimersByTime(40_000);
    save({ who: 'parent' });
    // The next day, on the same phone: the draft is reloaded and the last answers take a second.
    vi.advanceTimersByTime(24 * 3600_000);
    vi.advanceTimersByTime(1_000);
    await expectAcknowledged(await send(save({ ...validTinyAnswers })));
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
    expect(await listBotDiscards(t.deps.db, await surveyId())).toEqual([]);
  });

  it('whose send was cut off while offline and retried is never discarded', async () => {
    await botCheckedApp();
    save({});
    vi.advanceTimersByTime(FAST_ENOUGH * 1000);
    // The first attempt never reached the server; the retry, a moment later, counts from Start.
    save(validTinyAnswers);
    vi.advanceTimersByTime(500);
    await expectAcknowledged(await send(save(validTinyAnswers)));
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
    expect(await listBotDiscards(t.deps.db, await surveyId())).toEqual([]);
  });
});
