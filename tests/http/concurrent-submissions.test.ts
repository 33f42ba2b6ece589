// Parents submitting at the same moment: each response stored once, retries replayed, whatever
// batch their writes share (db/response-batcher.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses, listResponses } from '../../db/responses-repository.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
});
afterEach(async () => t.close());

const submit = (answers: unknown, headers?: Record<string, string>) =>
  t.request('/api/surveys/tiny/responses', postJson({ answers }, headers));

const idOf = async (res: Response) => ((await res.json()) as { id: string }).id;

describe('submissions made at the same time', () => {
  it('are all stored, once each, with their summaries and tagging jobs', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        submit({ ...validTinyAnswers, working_well: `Answer ${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
    const ids = await Promise.all(responses.map(idOf));
    expect(new Set(ids).size).toBe(30);
    const stored = await listResponses(t.deps.db, 'tiny');
    expect(stored.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(stored.map((s) => s.answers.working_well).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `Answer ${i}`).sort(),
    );
    const summaries = await t.deps.db
      .selectFrom('report_summaries')
      .select('response_id')
      .execute();
    const jobs = await t.deps.db.selectFrom('tag_jobs').select('response_id').execute();
    expect(summaries).toHaveLength(30);
    expect(jobs).toHaveLength(30);
  });

  it('store one response for the same Idempotency-Key sent twice at once', async () => {
    const headers = { 'Idempotency-Key': 'same-time-0001' };
    const [first, second, other] = await Promise.all([
      submit(validTinyAnswers, headers),
      submit(validTinyAnswers, headers),
      submit(validTinyAnswers),
    ]);
    expect([first.status, second.status, other.status]).toEqual([201, 201, 201]);
    expect(await idOf(second)).toBe(await idOf(first));
    expect(await countResponses(t.deps.db, 'tiny')).toBe(2);
  });

  it('treat the same answers in another key order as the same retried request', async () => {
    const headers = { 'Idempotency-Key': 'reordered-0001' };
    const reordered = Object.fromEntries(Object.entries(validTinyAnswers).reverse());
    reordered.statements = { informed: 'disagree', listened: 'agree' };
    const first = await submit(validTinyAnswers, headers);
    const retry = await submit(reordered, headers);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(await idOf(retry)).toBe(await idOf(first));
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });
});
