import { describe, expect, it } from 'vitest';
import { readOptions, writeOptions } from '../editor/options-editor.tsx';
import { pagesOf, text, updateQuestion } from '../editor/survey-json.ts';
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

describe('the form editor and translations', () => {
  const json = {
    pages: [
      {
        name: 'one',
        elements: [
          {
            type: 'boolean',
            name: 'ok',
            title: { default: 'All right?', cy: 'Iawn?' },
            labelTrue: { default: 'Yes', cy: 'Ie' },
          },
          {
            type: 'radiogroup',
            name: 'used',
            title: 'Used?',
            choices: [{ value: 'yes', text: { default: 'Yes', cy: 'Ydy' }, visibleIf: '{ok}' }],
          },
        ],
      },
    ],
  };

  it('shows the English of translated wording and keeps the translations when it changes', () => {
    const [ok, used] = json.pages[0]?.elements ?? [];
    if (!ok || !used) throw new Error('questions missing');
    expect(text(ok, 'title')).toBe('All right?');
    const edited = updateQuestion(json, { page: 0, index: 0 }, { labelTrue: 'Yes, it is' });
    expect(pagesOf(edited)[0]?.elements[0]?.labelTrue).toEqual({ default: 'Yes, it is', cy: 'Ie' });

    const options = readOptions(used.choices);
    expect(options).toEqual([{ value: 'yes', text: 'Yes' }]);
    const reworded = writeOptions(used.choices, [{ value: 'yes', text: 'Yes, we have' }]);
    expect(reworded).toEqual([
      { value: 'yes', text: { default: 'Yes, we have', cy: 'Ydy' }, visibleIf: '{ok}' },
    ]);
  });
});
