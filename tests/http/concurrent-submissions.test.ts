// Parents submitting at the same moment: each response stored once, retries replayed, whatever
// batch their writes share (db/response-batcher.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses, listResponses } from '../../db/responses-repository.ts';
import { hashAccessCode } from '../../server/access-codes.ts';
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

  it('refuse a code used by another submission at the same moment, and take the good ones', async () => {
    const survey = await t.deps.db
      .updateTable('surveys')
      .set({ access_codes_required: 1 })
      .where('slug', '=', 'tiny')
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .insertInto('access_codes')
      .values(
        ['AAAA-BBBB', 'CCCC-DDDD'].map((code) => ({
          survey_id: survey.id,
          code_hash: hashAccessCode(survey.id, code),
          used: 0,
        })),
      )
      .execute();
    const send = (accessCode: string, key: string) =>
      t.request(
        '/api/surveys/tiny/responses',
        postJson({ answers: validTinyAnswers, accessCode }, { 'Idempotency-Key': key }),
      );
    const keys = ['code-key-0001', 'code-key-0002', 'code-key-0003'];
    const codes = ['AAAA-BBBB', 'AAAA-BBBB', 'CCCC-DDDD'];
    const statuses = (await Promise.all(keys.map((key, i) => send(codes[i] ?? '', key)))).map(
      (r) => r.status,
    );
    expect([...statuses].sort()).toEqual([201, 201, 403]);
    expect(statuses[2]).toBe(201);
    const refusedKey = keys[statuses.indexOf(403)] ?? '';
    expect(await countResponses(t.deps.db, 'tiny')).toBe(2);
    // The refused submission's key was not kept: a retry with a good code is a new response.
    await t.deps.db
      .insertInto('access_codes')
      .values({ survey_id: survey.id, code_hash: hashAccessCode(survey.id, 'EEEE-FFFF'), used: 0 })
      .execute();
    expect((await send('EEEE-FFFF', refusedKey)).status).toBe(201);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(3);
  });
});
