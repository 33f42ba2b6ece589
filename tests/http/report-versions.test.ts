// The attack on reports of one version, through HTTP: the report of all versions minus version 1's
// is version 2's, count by count, so a count version 2's report hides must not be worked out from
// the other two (issue 13, item 3).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { seedSurveys } from '../../server/seed-surveys.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test', SUPPRESSION_K: '5' },
  });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

async function submit(count: number, services: string[]) {
  for (let i = 0; i < count; i++) {
    const answers = { ...validTinyAnswers, services };
    const res = await t.request('/api/surveys/tiny/responses', postJson({ answers }));
    expect(res.status).toBe(201);
  }
}

interface Figure {
  name: string;
  options?: { value: string; count?: number; suppressed?: true }[];
}

async function salt(query: string) {
  const res = await t.request(`/api/surveys/tiny/report${query}`, asToken(token));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { questions: Figure[] };
  return body.questions
    .find((q) => q.name === 'services')
    ?.options?.find((o) => o.value === 'salt');
}

describe('a report of one version beside the report of all versions', () => {
  it('does not let one be subtracted from the other', { timeout: 60_000 }, async () => {
    // Version 1: 6 of 12 use speech and language therapy.
    await submit(6, ['salt']);
    await submit(6, ['camhs']);
    const second = surveyFile({ json: { ...tinySurveyJson, description: 'Second wave' } });
    await seedSurveys(t.deps.db, writeSurveysDir([second]), createLogger('silent'), new Date());
    // Version 2: 3 of 10, a number its own report hides.
    await submit(3, ['salt']);
    await submit(7, ['camhs']);

    expect(await salt('')).toMatchObject({ count: 9 });
    expect(await salt('?version=2')).toEqual({ value: 'salt', label: 'salt', suppressed: true });
    // 9 overall minus 6 in version 1 would be the 3 of version 2.
    expect(await salt('?version=1')).toEqual({ value: 'salt', label: 'salt', suppressed: true });
  });
});
