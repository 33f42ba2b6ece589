// Every refusal is a clear 4xx in the documented shape, and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses } from '../../db/responses-repository.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
const NOW = new Date('2026-03-10T14:37:00Z');

beforeEach(async () => {
  const dir = writeSurveysDir([
    surveyFile(),
    surveyFile({ slug: 'closed-one', status: 'closed' }),
    surveyFile({ slug: 'past-deadline', closesAt: '2026-03-01T00:00:00Z' }),
    surveyFile({ slug: 'not-yet', opensAt: '2026-04-01T09:00:00+01:00' }),
    surveyFile({ slug: 'draft-one', status: 'draft' }),
    surveyFile({
      slug: 'with-upload',
      json: { elements: [{ type: 'file', name: 'photo', title: 'Upload a photo' }] },
      themedQuestions: [],
    }),
  ]);
  t = await createTestApp({ surveysDir: dir, now: () => NOW });
});
afterEach(async () => t.close());

interface ErrorJson {
  error: { code: string; message: string; details?: { question: string; message: string }[] };
}

async function expectRefused(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(await countResponses(t.deps.db)).toBe(0);
  return body;
}

const post = (slug: string, body: unknown, headers?: Record<string, string>) =>
  t.request(`/api/surveys/${slug}/responses`, postJson(body, headers));

describe('invalid answers: 400 invalid_response with details per question', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a required question is missing', { ...validTinyAnswers, who: undefined }, 'who'],
    ['an unknown question name', { ...validTinyAnswers, shoe_size: 9 }, 'shoe_size'],
    ['a choice that is not offered', { ...validTinyAnswers, who: 'neighbour' }, 'who'],
    ['a checkbox value that is not offered', { ...validTinyAnswers, services: ['x'] }, 'services'],
    ['a rating off the scale', { ...validTinyAnswers, rating: 9 }, 'rating'],
    ['a number above its maximum', { ...validTinyAnswers, age: 40 }, 'age'],
    ['text in a number question', { ...validTinyAnswers, age: 'nine' }, 'age'],
    [
      'an object where text belongs',
      { ...validTinyAnswers, working_well: { a: 1 } },
      'working_well',
    ],
    [
      'a matrix row that does not exist',
      { ...validTinyAnswers, statements: { x: 'agree' } },
      'statements',
    ],
    [
      'a matrix answer not in the columns',
      { ...validTinyAnswers, statements: { listened: 'maybe' } },
      'statements',
    ],
    ['a yes/no answered with a string', { ...validTinyAnswers, has_plan: 'yes' }, 'has_plan'],
    ['a prototype key', JSON.parse('{"__proto__": {"x": 1}, "who": "parent"}'), '__proto__'],
  ];
  for (const [name, answers, question] of cases) {
    it(name, async () => {
      const body = await expectRefused(await post('tiny', { answers }), 400, 'invalid_response');
      expect(body.error.details?.map((d) => d.question)).toContain(question);
    });
  }
});

describe('malformed requests', () => {
  it('400 malformed_json for a body that is not JSON', async () => {
    await expectRefused(await post('tiny', '{"answers": {'), 400, 'malformed_json');
  });

  it('400 invalid_request for unknown top-level keys', async () => {
    const res = await post('tiny', { answers: validTinyAnswers, email: 'me@example.org' });
    await expectRefused(res, 400, 'invalid_request');
  });

  it('400 invalid_request when answers is not an object', async () => {
    await expectRefused(await post('tiny', { answers: [1, 2] }), 400, 'invalid_request');
  });

  it('400 unknown_version for a version that was never published', async () => {
    const res = await post('tiny', { answers: validTinyAnswers, version: 7 });
    await expectRefused(res, 400, 'unknown_version');
  });

  it('400 for a malformed Idempotency-Key', async () => {
    const res = await post('tiny', { answers: validTinyAnswers }, { 'Idempotency-Key': 'a b' });
    await expectRefused(res, 400, 'invalid_idempotency_key');
  });

  it('415 for a body that is not declared as JSON', async () => {
    const res = await t.request('/api/surveys/tiny/responses', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ answers: validTinyAnswers }),
    });
    await expectRefused(res, 415, 'unsupported_media_type');
  });

  it('413 for a body over MAX_BODY_BYTES', async () => {
    const huge = { answers: { ...validTinyAnswers, working_well: 'x'.repeat(300 * 1024) } };
    await expectRefused(await post('tiny', huge), 413, 'payload_too_large');
  });
});

describe('surveys that cannot be answered', () => {
  it('404 survey_not_found for an unknown survey', async () => {
    await expectRefused(await post('nope', { answers: {} }), 404, 'survey_not_found');
  });

  it('404 survey_not_found for a draft', async () => {
    const res = await post('draft-one', { answers: validTinyAnswers });
    await expectRefused(res, 404, 'survey_not_found');
  });

  it('410 survey_closed for a closed survey', async () => {
    await expectRefused(
      await post('closed-one', { answers: validTinyAnswers }),
      410,
      'survey_closed',
    );
  });

  it('410 survey_closed once closesAt has passed', async () => {
    const res = await post('past-deadline', { answers: validTinyAnswers });
    await expectRefused(res, 410, 'survey_closed');
  });

  it('409 survey_not_open before opensAt', async () => {
    await expectRefused(
      await post('not-yet', { answers: validTinyAnswers }),
      409,
      'survey_not_open',
    );
  });

  it('409 with a clear reason for a survey that asks for a file upload', async () => {
    const res = await post('with-upload', { answers: {} });
    const body = await expectRefused(res, 409, 'survey_not_open');
    expect(body.error.message).toMatch(/file upload or a signature/);
  });
});
