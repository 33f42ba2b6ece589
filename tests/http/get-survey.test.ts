import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicSurveySchema } from '../../server/contracts.ts';
import { surveyFile } from '../support/sample-surveys.ts';
import { createTestApp, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
const NOW = new Date('2026-03-10T14:37:00Z');

beforeEach(async () => {
  const dir = writeSurveysDir([
    surveyFile({
      privacyNotice: 'Only your answers are kept.',
      help: [{ name: 'IASK', phone: '01632 960000' }],
    }),
    surveyFile({ slug: 'closed-one', title: 'Closed', status: 'closed' }),
    surveyFile({ slug: 'not-yet', title: 'Soon', opensAt: '2026-04-01T09:00:00+01:00' }),
    surveyFile({ slug: 'draft-one', status: 'draft' }),
    surveyFile({
      slug: 'with-signature',
      json: { elements: [{ type: 'signaturepad', name: 'sign', title: 'Sign here' }] },
      themedQuestions: [],
    }),
  ]);
  t = await createTestApp({ surveysDir: dir, now: () => NOW });
});
afterEach(async () => t.close());

const get = async (slug: string) => {
  const res = await t.request(`/api/surveys/${slug}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /api/surveys/:slug', () => {
  it('returns the current version of an open survey with its page texts', async () => {
    const { status, body } = await get('tiny');
    expect(status).toBe(200);
    const survey = publicSurveySchema.parse(body);
    expect(survey).toMatchObject({
      slug: 'tiny',
      title: 'Tiny survey',
      status: 'open',
      opensAt: null,
      closesAt: null,
      version: 1,
      availability: 'open',
    });
    expect(survey.json).toHaveProperty('pages');
    expect(survey.texts.privacyNotice).toBe('Only your answers are kept.');
    expect(survey.texts.help).toEqual([{ name: 'IASK', phone: '01632 960000' }]);
    expect(survey.texts.thankYou.length).toBeGreaterThan(0);
  });

  it('answers 200 for a closed survey so the page can explain', async () => {
    const { status, body } = await get('closed-one');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'closed', availability: 'closed' });
  });

  it('answers 200 for a survey that is not open yet, with its opening time', async () => {
    const { status, body } = await get('not-yet');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      availability: 'not_yet_open',
      opensAt: '2026-04-01T09:00:00+01:00',
    });
  });

  it('hides drafts from the public', async () => {
    const { status, body } = await get('draft-one');
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: 'survey_not_found', message: expect.any(String) },
    });
  });

  it('404 for an unknown survey', async () => {
    expect((await get('no-such-survey')).status).toBe(404);
  });

  it('loads a survey with a signature question for inspection, but marks it unavailable', async () => {
    const { status, body } = await get('with-signature');
    expect(status).toBe(200);
    expect(body.availability).toBe('unavailable');
    expect(body.unavailableReason).toMatch(/signature/);
  });
});

describe('GET /api/surveys', () => {
  it('lists only the surveys a parent can answer now', async () => {
    const res = await t.request('/api/surveys');
    expect(res.status).toBe(200);
    const slugs = ((await res.json()) as { slug: string }[]).map((s) => s.slug);
    expect(slugs).toContain('tiny');
    expect(slugs).not.toContain('closed-one');
    expect(slugs).not.toContain('not-yet');
    expect(slugs).not.toContain('draft-one');
    expect(slugs).not.toContain('with-signature');
  });
});

describe('unknown API paths', () => {
  it('answer 404 in the error format', async () => {
    const res = await t.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
