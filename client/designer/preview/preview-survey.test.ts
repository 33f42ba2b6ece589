import { describe, expect, it } from 'vitest';
import { publicSurveySchema } from '../../../server/contracts.ts';
import { DEFAULT_SURVEY_TEXTS } from '../../../server/designer-contracts.ts';
import { previewSurvey } from './preview-survey.ts';

const settings = {
  themedQuestions: [],
  codebook: 'send-default',
  positiveOptions: {},
  texts: { thankYou: 'Thanks a lot.', ui: { start: 'Begin now' } },
  localeTexts: { cy: { privacyNotice: 'Nid ydym yn gofyn eich enw.' } },
};
const json = {
  pages: [
    {
      name: 'one',
      title: { default: 'About', ar: 'حول' },
      elements: [{ type: 'text', name: 'q', title: { default: 'Q', cy: 'C' } }],
    },
  ],
};

describe('the draft as the preview frame gets it', () => {
  it('has the shape, default wording and languages a published survey would have', () => {
    const survey = previewSurvey(
      { json, settings, title: 'Short breaks' },
      { slug: 'breaks', accessCodesRequired: true },
    );
    expect(publicSurveySchema.parse(survey)).toEqual(survey);
    expect(survey).toMatchObject({
      slug: 'breaks',
      title: 'Short breaks',
      availability: 'open',
      accessCodeRequired: true,
      locales: ['en', 'ar', 'cy'],
      localeTexts: settings.localeTexts,
      texts: {
        privacyNotice: DEFAULT_SURVEY_TEXTS.privacyNotice,
        thankYou: 'Thanks a lot.',
        help: DEFAULT_SURVEY_TEXTS.help,
        ui: { start: 'Begin now' },
      },
    });
  });
});
