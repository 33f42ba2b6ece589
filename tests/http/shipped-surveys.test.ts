import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../analysis/classifier/random.ts';
import { countResponses } from '../../db/responses-repository.ts';
import type { PublicSurvey } from '../../server/contracts.ts';
import { generateAnswers } from '../support/generate-answers.ts';
import { createTestApp, postJson, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe.each(['send-parent-experience', 'confidence-pulse'])('shipped survey %s', (slug) => {
  it('is open, answerable, and accepts many different plausible answer sets', async () => {
    const survey = (await (await t.request(`/api/surveys/${slug}`)).json()) as PublicSurvey;
    expect(survey.availability).toBe('open');
    for (let i = 0; i < 25; i++) {
      const answers = generateAnswers(survey.json, {
        random: seededRandom(i + 1),
        texts: ['Nothing.', 'The SENCO is brilliant', 'We waited two years for an assessment'],
      });
      const res = await t.request(`/api/surveys/${slug}/responses`, postJson({ answers }));
      expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
    }
    expect(await countResponses(t.deps.db, slug)).toBe(25);
  });

  it('refuses an answer set without its required questions', async () => {
    const res = await t.request(`/api/surveys/${slug}/responses`, postJson({ answers: {} }));
    expect(res.status).toBe(400);
  });
});
