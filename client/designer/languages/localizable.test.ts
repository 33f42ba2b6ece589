import { describe, expect, it } from 'vitest';
import { languagesOf } from './language-choices.ts';
import { localesInJson, translationOf, withoutLocale, withTranslation } from './localizable.ts';
import { withLanguage, withoutLanguage, withPageText, withUiText } from './page-wording.ts';

const settings = {
  themedQuestions: [],
  codebook: 'send-default',
  positiveOptions: {},
  texts: {},
  localeTexts: {},
};

describe('localizable strings', () => {
  it('turns a plain string into default and translation, and back when the translation goes', () => {
    const welsh = withTranslation('Yes', 'cy', 'Ydy');
    expect(welsh).toEqual({ default: 'Yes', cy: 'Ydy' });
    expect(translationOf(welsh, 'cy')).toBe('Ydy');
    expect(translationOf(welsh, 'pl')).toBe('');
    const both = withTranslation(welsh, 'en-easy', 'Yes');
    expect(both).toEqual({ default: 'Yes', cy: 'Ydy', 'en-easy': 'Yes' });
    expect(withTranslation(both, 'cy', '')).toEqual({ default: 'Yes', 'en-easy': 'Yes' });
    expect(withTranslation(welsh, 'cy', '')).toBe('Yes');
  });

  it('finds the locales of a definition and strips one, keeping names and values', () => {
    const json = {
      pages: [
        {
          name: 'one',
          title: { default: 'About', cy: 'Amdanoch' },
          elements: [
            {
              type: 'radiogroup',
              name: 'used',
              title: { default: 'Used?', 'en-easy': 'Did you use it?' },
              choices: [{ value: 'yes', text: { default: 'Yes', cy: 'Ydy' } }],
            },
          ],
        },
      ],
    };
    expect(localesInJson(json)).toEqual(['cy', 'en-easy']);
    expect(withoutLocale(json, 'cy')).toEqual({
      pages: [
        {
          name: 'one',
          title: 'About',
          elements: [
            {
              type: 'radiogroup',
              name: 'used',
              title: { default: 'Used?', 'en-easy': 'Did you use it?' },
              choices: [{ value: 'yes', text: 'Yes' }],
            },
          ],
        },
      ],
    });
  });

  it('lists languages from the JSON and from the page wording, without English', () => {
    const json = { pages: [{ name: 'p', title: { default: 'A', cy: 'B' } }] };
    expect(languagesOf(json, { ...settings, localeTexts: { 'en-easy': {}, en: {} } })).toEqual([
      'en-easy',
      'cy',
    ]);
  });
});

describe('page wording per language', () => {
  it('adds a language with no wording, sets and clears texts, and removes it', () => {
    const added = withLanguage(settings, 'cy');
    expect(added.localeTexts).toEqual({ cy: {} });
    const noticed = withPageText(added, 'cy', 'privacyNotice', 'Nid ydym yn gofyn eich enw.');
    expect(noticed.localeTexts.cy).toEqual({ privacyNotice: 'Nid ydym yn gofyn eich enw.' });
    expect(withPageText(noticed, 'cy', 'privacyNotice', '  ').localeTexts.cy).toEqual({});
    const started = withUiText(noticed, 'cy', 'start', 'Dechrau');
    expect(started.localeTexts.cy?.ui).toEqual({ start: 'Dechrau' });
    expect(withUiText(started, 'cy', 'start', '').localeTexts.cy).toEqual({
      privacyNotice: 'Nid ydym yn gofyn eich enw.',
    });
    expect(withoutLanguage(started, 'cy').localeTexts).toEqual({});
  });
});
