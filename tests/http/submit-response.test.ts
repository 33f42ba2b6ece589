import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses, listResponses } from '../../db/responses-repository.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
const NOW = new Date('2026-03-10T14:37:21.123Z');

beforeEach(async () => {
  t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]), now: () => NOW });
});
afterEach(async () => t.close());

const submit = (answers: unknown, headers?: Record<string, string>) =>
  t.request('/api/surveys/tiny/responses', postJson({ answers }, headers));

describe('POST /api/surveys/:slug/responses', () => {
  it('stores a valid response under a random id and returns 201', async () => {
    const res = await submit(validTinyAnswers);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [stored] = await listResponses(t.deps.db, 'tiny');
    expect(stored).toEqual({
      id,
      version: 1,
      answers: validTinyAnswers,
      submittedAt: '2026-03-10T14:00:00.000Z',
    });
  });

  it('accepts "other (please say)" text under the SurveyJS -Comment key', async () => {
    const answers = { ...validTinyAnswers, who: 'other', 'who-Comment': 'Grandparent' };
    expect((await submit(answers)).status).toBe(201);
    const [stored] = await listResponses(t.deps.db, 'tiny');
    expect(stored?.answers['who-Comment']).toBe('Grandparent');
  });

  it('drops answers to questions hidden by their condition', async () => {
    const res = await submit({ ...validTinyAnswers, carer_note: 'Hidden for parents' });
    expect(res.status).toBe(201);
    const [stored] = await listResponses(t.deps.db, 'tiny');
    expect(stored?.answers).not.toHaveProperty('carer_note');
  });

  it('keeps an answer whose condition is met', async () => {
    const res = await submit({ ...validTinyAnswers, who: 'carer', carer_note: 'Long days' });
    expect(res.status).toBe(201);
    const [stored] = await listResponses(t.deps.db, 'tiny');
    expect(stored?.answers.carer_note).toBe('Long days');
  });

  it('stores one response for a retried submission with the same Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'c0ffee00-1111-4222-8333-444455556666' };
    const first = await submit(validTinyAnswers, headers);
    const second = await submit(validTinyAnswers, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });

  it('refuses an Idempotency-Key reused for different answers, writing nothing more', async () => {
    const headers = { 'Idempotency-Key': 'key-for-first-answers' };
    await submit(validTinyAnswers, headers);
    const res = await submit({ ...validTinyAnswers, rating: 2 }, headers);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'idempotency_key_reused',
    );
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });

  it('stores separate responses without a key, even with identical answers', async () => {
    await submit(validTinyAnswers);
    await submit(validTinyAnswers);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(2);
  });
});
