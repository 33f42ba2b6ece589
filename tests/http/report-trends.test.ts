import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

beforeEach(async () => {
  const dir = writeSurveysDir([
    surveyFile({
      slug: 'wave-one',
      title: 'Confidence, January',
      series: 'confidence',
      opensAt: '2026-01-05T09:00:00Z',
    }),
    surveyFile({
      slug: 'wave-two',
      title: 'Confidence, April',
      series: 'confidence',
      opensAt: '2026-04-06T09:00:00+01:00',
    }),
  ]);
  t = await createTestApp({
    surveysDir: dir,
    env: { NODE_ENV: 'test' },
    now: () => new Date('2026-06-01T12:00:00Z'),
  });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

async function answer(slug: string, count: number, listened: string) {
  for (let i = 0; i < count; i++) {
    const answers = { ...validTinyAnswers, statements: { listened, informed: 'agree' } };
    await t.request(`/api/surveys/${slug}/responses`, postJson({ answers }));
  }
}

describe('trends across a series', () => {
  it('compares each agreement figure with the earlier wave and flags a significant change', async () => {
    await answer('wave-one', 15, 'disagree');
    await answer('wave-one', 15, 'agree');
    await answer('wave-two', 30, 'agree');
    await answer('wave-two', 10, 'disagree');
    const report = (await (
      await t.request('/api/surveys/wave-two/report', asToken(token))
    ).json()) as {
      questions: {
        name: string;
        rows?: {
          name: string;
          trend?: { survey: string; title: string; percent?: number; significant: boolean }[];
        }[];
      }[];
    };
    const rows = report.questions.find((q) => q.name === 'statements')?.rows ?? [];
    const listened = rows.find((r) => r.name === 'listened');
    expect(listened?.trend?.map((p) => [p.survey, p.title])).toEqual([
      ['wave-one', 'Confidence, January'],
      ['wave-two', 'Confidence, April'],
    ]);
    expect(listened?.trend?.map((p) => p.percent)).toEqual([50, 75]);
    // 50% of 30 to 75% of 40: two-proportion z = 2.16, p = 0.03.
    expect(listened?.trend?.at(-1)?.significant).toBe(true);
    const informed = rows.find((r) => r.name === 'informed');
    expect(informed?.trend?.at(-1)?.significant).toBe(false);
  });
});
