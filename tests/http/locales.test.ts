// Languages for parents: SurveyJS locales, an easy-read variant and translated page wording.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listResponses } from '../../db/responses-repository.ts';
import type { PublicSurvey } from '../../server/contracts.ts';
import { designSettingsSchema, pageTextsSchema } from '../../server/designer-contracts.ts';
import { versionSettingsSchema } from '../../server/survey-model/survey-settings.ts';
import {
  addLocaleTexts,
  LOCALE_SLUG,
  LOCALE_TEXTS,
  localeSurveyFile,
} from '../support/locale-surveys.ts';
import { surveyFile } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ surveysDir: writeSurveysDir([localeSurveyFile, surveyFile()]) });
  await addLocaleTexts(t.deps.db);
});
afterEach(async () => t.close());

/** The page wording as parents get it: survey-core's own Welsh buttons and errors added. */
const withWelshButtons = (texts: typeof LOCALE_TEXTS) => ({
  ...texts,
  cy: {
    ...texts.cy,
    ui: expect.objectContaining({
      'questions.next': 'Nesaf',
      'questions.previous': 'Blaenorol',
      'questions.required': 'Atebwch y cwestiwn.',
    }),
  },
});

const publicSurvey = async (slug: string) =>
  (await (await t.request(`/api/surveys/${slug}`)).json()) as PublicSurvey;

describe('a survey in several languages', () => {
  it('lists its locales and the page wording of each', async () => {
    const survey = await publicSurvey(LOCALE_SLUG);
    expect(survey.locales).toEqual(['en', 'en-easy', 'cy']);
    expect(survey.localeTexts).toEqual(withWelshButtons(LOCALE_TEXTS));
    expect(survey.texts.privacyNotice).toBe('We do not ask your name.');
    expect(survey.texts.ui).toEqual({ send: 'Send my views' });
    // Wording not translated falls back on the page to the default, which is always complete.
    expect(survey.texts.thankYou).toBeTruthy();
    expect(survey.texts.help.length).toBeGreaterThan(0);
  });

  it('gives a survey without translations one locale and no locale wording', async () => {
    const survey = await publicSurvey('tiny');
    expect(survey.locales).toEqual(['en']);
    expect(survey.localeTexts).toEqual({});
  });

  it('stores answers given in any language under the same names, so they combine', async () => {
    for (const used of ['yes', 'no']) {
      const res = await t.request(
        `/api/surveys/${LOCALE_SLUG}/responses`,
        postJson({ answers: { used, what_helps: 'More weekend places' } }),
      );
      expect(res.status).toBe(201);
    }
    const stored = await listResponses(t.deps.db, LOCALE_SLUG);
    expect(stored.map((r) => Object.keys(r.answers).sort())).toEqual([
      ['used', 'what_helps'],
      ['used', 'what_helps'],
    ]);
  });
});

describe('a survey file with translations', () => {
  it('seeds the page wording of each language from the file', async () => {
    const app = await createTestApp({
      surveysDir: writeSurveysDir([
        { ...localeSurveyFile, slug: 'from-file', localeTexts: LOCALE_TEXTS },
      ]),
    });
    try {
      const survey = (await (await app.request('/api/surveys/from-file')).json()) as PublicSurvey;
      expect(survey.localeTexts).toEqual(withWelshButtons(LOCALE_TEXTS));
    } finally {
      await app.close();
    }
  });
});

describe('settings', () => {
  it('agree between the designer contract and what a version stores', () => {
    const design = designSettingsSchema.parse({
      themedQuestions: ['what_helps'],
      texts: { thankYou: 'Thanks', ui: { send: 'Send' } },
      localeTexts: LOCALE_TEXTS,
    });
    expect(versionSettingsSchema.parse(JSON.parse(JSON.stringify(design)))).toEqual(design);
  });

  it('accept overrides of the app wording only under message ids', () => {
    expect(pageTextsSchema.safeParse({ ui: { 'error.notSent': 'Not sent' } }).success).toBe(true);
    expect(pageTextsSchema.safeParse({ ui: { '<script>': 'x' } }).success).toBe(false);
    expect(pageTextsSchema.safeParse({ ui: { send: 42 } }).success).toBe(false);
  });
});
