// "previousReceipt": a parent answering the next survey of a series gives the receipt of their
// earlier answers, linking the two anonymously; officers then see, with compare=previous, how
// views changed among the linked parents, hidden below k.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkedComparison } from '../../analysis/report/linked-change.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { receiptCode } from '../support/receipt-codes.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let officer: string;
beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([
      surveyFile({ series: 'wave', opensAt: '2026-01-05T09:00:00Z' }),
      surveyFile({
        slug: 'tiny-2',
        title: 'Tiny survey, a year on',
        series: 'wave',
        opensAt: '2026-06-01T09:00:00Z',
      }),
      surveyFile({ slug: 'solo', title: 'Outside the series' }),
    ]),
    env: { NODE_ENV: 'test', SUPPRESSION_K: '5' },
  });
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const send = (slug: string, body: Record<string, unknown>, answers = {}) =>
  t.request(
    `/api/surveys/${slug}/responses`,
    postJson({ answers: { ...validTinyAnswers, ...answers }, ...body }),
  );
const errorCode = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;
const count = async (table: 'responses' | 'response_links' | 'receipts') =>
  Number(
    (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.deps.db))
      .rows[0]?.n,
  );

async function comparison(slug = 'tiny-2') {
  const res = await t.request(`/api/surveys/${slug}/report?compare=previous`, asToken(officer));
  expect(res.status).toBe(200);
  return ((await res.json()) as { comparePrevious: LinkedComparison }).comparePrevious;
}

describe('linking answers to the previous survey of the series', () => {
  it('links the two responses, once, and nothing else', async () => {
    expect((await send('tiny', { receipt: receiptCode(1) })).status).toBe(201);
    // The receipt page offers the next survey of the series while nothing is linked to it.
    const lookup = () => t.request('/api/receipts/lookup', postJson({ code: receiptCode(1) }));
    const before = (await (await lookup()).json()) as { next?: unknown };
    expect(before.next).toEqual({ slug: 'tiny-2', title: 'Tiny survey, a year on' });
    const linked = await send('tiny-2', {
      receipt: receiptCode(2),
      previousReceipt: receiptCode(1).toLowerCase().replaceAll('-', ' '),
    });
    expect(linked.status).toBe(201);
    expect(await count('response_links')).toBe(1);
    const links = await t.deps.db.selectFrom('response_links').selectAll().execute();
    const ids = await t.deps.db.selectFrom('responses').select(['id', 'survey_id']).execute();
    const [first] = ids.filter((r) => r.id === links[0]?.previous_response_id);
    expect(first).toBeDefined();
    expect(((await (await lookup()).json()) as { next?: unknown }).next).toBeUndefined();

    // The same earlier receipt cannot link a second response to the same survey.
    const stored = await count('responses');
    const twice = await send('tiny-2', { previousReceipt: receiptCode(1) });
    expect(twice.status).toBe(409);
    expect(await errorCode(twice)).toBe('receipt_already_linked');
    expect(await count('responses')).toBe(stored);
  });

  it('refuses unknown, withdrawn, same-survey and out-of-series receipts alike (404), and malformed ones (400), storing nothing', async () => {
    expect((await send('tiny', { receipt: receiptCode(3) })).status).toBe(201);
    expect((await send('tiny', { receipt: receiptCode(4) })).status).toBe(201);
    expect((await send('solo', { receipt: receiptCode(5) })).status).toBe(201);
    expect((await send('tiny-2', { receipt: receiptCode(8) })).status).toBe(201);
    expect(
      (await t.request('/api/receipts/withdraw', postJson({ code: receiptCode(4) }))).status,
    ).toBe(200);
    const before = [
      await count('responses'),
      await count('receipts'),
      await count('response_links'),
    ];
    const cases: [string, string][] = [
      ['tiny-2', receiptCode(99)], // unknown
      ['tiny-2', receiptCode(4)], // withdrawn
      ['tiny', receiptCode(3)], // the same survey
      ['tiny-2', receiptCode(5)], // a survey outside the series
      ['solo', receiptCode(3)], // a survey in no series
      ['tiny', receiptCode(8)], // a later survey of the series
    ];
    for (const [slug, previousReceipt] of cases) {
      const res = await send(slug, { receipt: receiptCode(50), previousReceipt });
      expect(res.status, `${slug} ${previousReceipt}`).toBe(404);
      expect(await errorCode(res)).toBe('receipt_not_found');
    }
    const malformed = await send('tiny-2', { previousReceipt: 'not-a-code' });
    expect(malformed.status).toBe(400);
    expect(await errorCode(malformed)).toBe('invalid_receipt');
    expect([
      await count('responses'),
      await count('receipts'),
      await count('response_links'),
    ]).toEqual(before);
  });

  it('counts earlier receipts as guesses (429 past the limit)', async () => {
    await t.close();
    t = await createTestApp({
      surveysDir: writeSurveysDir([surveyFile({ series: 'wave' })]),
      env: { NODE_ENV: 'test', RATE_LIMIT_CODE_CHECKS: '2' },
    });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await send('tiny', { previousReceipt: receiptCode(60 + i) })).status);
    expect(statuses).toEqual([404, 404, 429]);
  });

  it('withdrawing the earlier answers removes the link and keeps the later answers', async () => {
    expect((await send('tiny', { receipt: receiptCode(6) })).status).toBe(201);
    expect(
      (await send('tiny-2', { receipt: receiptCode(7), previousReceipt: receiptCode(6) })).status,
    ).toBe(201);
    expect(
      (await t.request('/api/receipts/withdraw', postJson({ code: receiptCode(6) }))).status,
    ).toBe(200);
    expect(await count('response_links')).toBe(0);
    expect(await count('responses')).toBe(1);
    expect(
      (await t.request('/api/receipts/lookup', postJson({ code: receiptCode(7) }))).status,
    ).toBe(200);
  });
});

describe('compare=previous', () => {
  /** n linked parents: rating 2 then 4 for most, the same for `same` of them. */
  async function linkPairs(n: number, same: number, from = 200) {
    for (let i = 0; i < n; i++) {
      const earlier = receiptCode(from + i);
      expect((await send('tiny', { receipt: earlier }, { rating: 2 })).status).toBe(201);
      const rating = i < same ? 2 : 4;
      const res = await send('tiny-2', { previousReceipt: earlier }, { rating });
      expect(res.status).toBe(201);
    }
  }

  it('shows how views changed among linked parents', async () => {
    await linkPairs(12, 6);
    // Unlinked answers do not count.
    expect((await send('tiny-2', {}, { rating: 1 })).status).toBe(201);
    const compared = await comparison();
    expect(compared.linked).toEqual({ count: 12 });
    const rating = compared.questions.find((q) => q.name === 'rating');
    expect(rating).toMatchObject({
      title: 'How would you rate support?',
      answeredBoth: { count: 12 },
      same: { count: 6 },
      changed: { count: 6 },
    });
    const two = rating?.options.find((o) => o.value === '2');
    const four = rating?.options.find((o) => o.value === '4');
    expect(two).toMatchObject({ before: { count: 12 }, after: { count: 6 } });
    expect(four).toMatchObject({ before: { count: 0 }, after: { count: 6 } });
    // Answers that are not one value (ticked lists, grids) are not compared.
    expect(compared.questions.map((q) => q.name)).not.toContain('services');
  });

  it('hides every figure below k, and never leaves one hidden count to be worked out', async () => {
    await linkPairs(4, 0);
    expect(await comparison()).toEqual({ k: 5, linked: { suppressed: true }, questions: [] });
    await linkPairs(3, 3, 300); // now 7 linked: 4 changed, 3 the same
    const rating = (await comparison()).questions.find((q) => q.name === 'rating');
    expect(rating?.answeredBoth).toEqual({ count: 7 });
    expect(rating?.same).toEqual({ suppressed: true });
    expect(rating?.changed).toEqual({ suppressed: true });
    const after = Object.fromEntries(rating?.options.map((o) => [o.value, o.after]) ?? []);
    // 3 gave 2 and 4 gave 4: both under k are hidden.
    expect(after['2']).toEqual({ suppressed: true });
    expect(after['4']).toEqual({ suppressed: true });
    const reportAtTen = await t.request(
      '/api/surveys/tiny-2/report?compare=previous&k=10',
      asToken(officer),
    );
    const atTen = (await reportAtTen.json()) as { comparePrevious: LinkedComparison };
    expect(atTen.comparePrevious.linked).toEqual({ suppressed: true });
  });

  it('refuses any other compare value (400)', async () => {
    const res = await t.request('/api/surveys/tiny-2/report?compare=all', asToken(officer));
    expect(res.status).toBe(400);
  });
});
