import { describe, expect, it } from 'vitest';
import { htmlLang, languageName, pageTextsFor, translator } from './ui-text.ts';

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
