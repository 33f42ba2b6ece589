import { describe, expect, it } from 'vitest';
import {
  htmlLang,
  languageName,
  pageTextsFor,
  preferredLocale,
  textDirection,
  translator,
} from './ui-text.ts';

const help = [{ name: 'Samaritans' }];
const survey = {
  texts: { privacyNotice: 'Notice', thankYou: 'Thanks', help, ui: { start: 'Begin' } },
  localeTexts: {
    'en-easy': { thankYou: 'Thank you', ui: { 'sent.heading': 'Done' } },
    cy: { privacyNotice: 'Hysbysiad', ui: { start: 'Dechrau', unknown: 'ignored' } },
  },
};

describe('the parent pages in several languages', () => {
  it('use the survey’s own wording first, then the language’s dictionary, then English', () => {
    expect(translator(survey, 'en')('start')).toBe('Begin');
    expect(translator(survey, 'en-easy')('start')).toBe('Start');
    expect(translator(survey, 'en-easy')('code.heading')).toBe('Type your code');
    expect(translator(survey, 'en-easy')('sent.heading')).toBe('Done');
    expect(translator(survey, 'cy')('start')).toBe('Dechrau');
    expect(translator(survey, 'cy')('failed.retry')).toBe('Try again');
    expect(translator(survey, 'en-easy')('help.heading')).toBe('Getting help');
    expect(translator(survey, 'en-easy')('help.intro')).toMatch(/^Do you feel upset/);
  });

  it('fill in values', () => {
    const t = translator(survey, 'en');
    expect(t('title.page', { page: 'About you', number: 1, total: 3 })).toBe(
      'About you (page 1 of 3)',
    );
  });

  it('take page wording from the language, falling back to the default', () => {
    expect(pageTextsFor(survey, 'cy')).toMatchObject({
      privacyNotice: 'Hysbysiad',
      thankYou: 'Thanks',
      help,
    });
    expect(pageTextsFor(survey, 'en')).toBe(survey.texts);
  });

  it('name each language in itself and give browsers a valid lang', () => {
    expect(languageName('cy')).toBe('Cymraeg');
    expect(languageName('en-easy')).toBe('Easy read English');
    expect(htmlLang('en-easy')).toBe('en');
    expect(htmlLang('cy')).toBe('cy');
    expect(htmlLang('not a locale!')).toBe('en');
  });
});

describe('the language a parent sees first', () => {
  const locales = ['en', 'en-easy', 'cy', 'ar'];

  it('is the first of the browser’s languages the survey has, by tag or by language', () => {
    expect(preferredLocale(locales, ['cy-GB', 'en-GB'])).toBe('cy');
    expect(preferredLocale(locales, ['fr', 'ar-EG', 'en'])).toBe('ar');
    expect(preferredLocale(locales, ['en-GB', 'cy'])).toBe('en');
  });

  it('is English when the survey has none of them, and never easy read unasked', () => {
    expect(preferredLocale(locales, ['fr', 'de'])).toBe('en');
    expect(preferredLocale(locales, [])).toBe('en');
    expect(preferredLocale(['en', 'en-easy'], ['en-GB'])).toBe('en');
  });
});

describe('pages that say a questionnaire cannot be answered', () => {
  it('speak English and easy read, and take the survey’s rewording per language', () => {
    const closed = {
      ...survey,
      localeTexts: { cy: { ui: { 'status.closed.heading': 'Ar gau' } } },
    };
    expect(translator(closed, 'en')('status.closed.heading')).toBe('This questionnaire has closed');
    expect(translator(closed, 'en-easy')('status.closed.heading')).toBe(
      'This questionnaire has finished',
    );
    expect(translator(closed, 'cy')('status.closed.heading')).toBe('Ar gau');
    expect(
      translator(closed, 'en')('status.closed.leadOn', { date: 'Monday 5 January 2026' }),
    ).toBe('It closed on Monday 5 January 2026 and is no longer taking answers.');
  });
});

describe('the direction of a language', () => {
  it('is right to left for Arabic and Urdu scripts, left to right otherwise', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ur-PK')).toBe('rtl');
    expect(textDirection('cy')).toBe('ltr');
    expect(textDirection('en-easy')).toBe('ltr');
  });
});
