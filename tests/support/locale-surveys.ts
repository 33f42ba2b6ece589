// A questionnaire with Welsh wording and an easy-read variant, for the language tests.
import type { Db } from '../../db/connection.ts';

export const LOCALE_SLUG = 'languages';

export const localeSurveyFile = {
  slug: LOCALE_SLUG,
  title: 'Short breaks',
  status: 'open',
  themedQuestions: ['what_helps'],
  privacyNotice: 'We do not ask your name.',
  json: {
    pages: [
      {
        name: 'one',
        title: { default: 'Short breaks', 'en-easy': 'Time away', cy: 'Seibiannau byr' },
        elements: [
          {
            type: 'radiogroup',
            name: 'used',
            isRequired: true,
            title: {
              default: 'Has your child used a short break service this year?',
              'en-easy': 'Did your child go to a short break this year?',
              cy: 'A yw eich plentyn wedi defnyddio gwasanaeth seibiant byr eleni?',
            },
            choices: [
              { value: 'yes', text: { default: 'Yes', cy: 'Ydy' } },
              { value: 'no', text: { default: 'No', cy: 'Nac ydy' } },
            ],
          },
          {
            type: 'comment',
            name: 'what_helps',
            title: {
              default: 'What would make short breaks work better for your family?',
              'en-easy': 'What would make short breaks better?',
              cy: 'Beth fyddai’n gwneud seibiannau byr yn well?',
            },
          },
        ],
      },
    ],
  },
};

/** The page wording per language, as a designer saves it in the version settings. */
export const LOCALE_TEXTS = {
  'en-easy': {
    privacyNotice: 'We will not ask your name. Nobody will know it was you.',
    thankYou: 'Thank you. We got your answers.',
    ui: { start: 'Start the questions' },
  },
  cy: { privacyNotice: 'Nid ydym yn gofyn eich enw.' },
};

/** Sets the locale wording on the seeded version, before anything has read it. */
export async function addLocaleTexts(db: Db, slug = LOCALE_SLUG) {
  const survey = await db
    .selectFrom('surveys')
    .select('current_version_id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const version = await db
    .selectFrom('survey_versions')
    .select(['id', 'settings'])
    .where('id', '=', survey.current_version_id ?? '')
    .executeTakeFirstOrThrow();
  const settings = JSON.parse(version.settings) as Record<string, unknown>;
  await db
    .updateTable('survey_versions')
    .set({
      settings: JSON.stringify({
        ...settings,
        texts: { ...(settings.texts as object), ui: { send: 'Send my views' } },
        localeTexts: LOCALE_TEXTS,
      }),
    })
    .where('id', '=', version.id)
    .execute();
}
