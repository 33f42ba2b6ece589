import { describe, expect, it } from 'vitest';
import type { HelpContact } from '../../../server/contracts.ts';
import { DEFAULT_SURVEY_TEXTS } from '../../../server/designer-contracts.ts';
import { helpText, withHelpText } from './help-translation.ts';
import { missingFields } from './missing.ts';
import { withPageText, withUiText } from './page-wording.ts';
import { UI_TEXT_IDS } from './ui-ids.ts';

const settings = {
  themedQuestions: [],
  codebook: 'send-default',
  positiveOptions: {},
  texts: {},
  localeTexts: { cy: {} },
};
const json = {
  pages: [
    {
      name: 'one',
      elements: [
        { type: 'boolean', name: 'ok', title: { default: 'All right?', cy: 'Iawn?' } },
        { type: 'html', name: 'intro', html: '<p>Hello</p>' },
      ],
    },
  ],
};
const draft = { json, title: 'Short breaks', settings };

describe('what a language still lacks', () => {
  it('lists every untranslated field, section by section', () => {
    const missing = missingFields(draft, 'cy');
    expect(missing.questions).toEqual([
      'tr-cy-title',
      'tr-cy-pages-0-elements-0-labelTrue',
      'tr-cy-pages-0-elements-0-labelFalse',
      'tr-cy-pages-0-elements-1-html',
    ]);
    const described = DEFAULT_SURVEY_TEXTS.help.filter((c) => c.description).length;
    expect(missing.page).toHaveLength(2 + described);
    // Welsh has no standard wording of the app's messages; easy read has most of it.
    expect(missing.messages).toHaveLength(UI_TEXT_IDS.length);
    const easy = missingFields(draft, 'en-easy').messages.length;
    expect(easy).toBeGreaterThan(0);
    expect(easy).toBeLessThan(UI_TEXT_IDS.length / 2);
  });

  it('counts a field as done once it has wording', () => {
    let done = withPageText(settings, 'cy', 'privacyNotice', 'Nid ydym yn gofyn eich enw.');
    done = withUiText(done, 'cy', 'start', 'Dechrau');
    const missing = missingFields({ ...draft, settings: done }, 'cy');
    expect(missing.page).not.toContain('page-text-cy-privacyNotice');
    expect(missing.page).toContain('page-text-cy-thankYou');
    expect(missing.messages).not.toContain('ui-text-cy-start');
    expect(missing.messages).toHaveLength(UI_TEXT_IDS.length - 1);
  });
});

describe('help contacts in another language', () => {
  const iask = { name: 'IASK', description: 'Advice about SEND', url: 'https://example.org' };
  const samaritans = { name: 'Samaritans', description: 'Call any time', phone: '116 123' };
  const help: HelpContact[] = [iask, samaritans];
  const own = { ...settings, texts: { help } };

  it('keeps the list in step with the default one, translating name and description only', () => {
    const welsh = withHelpText(own, help, 'cy', { index: 1, field: 'description' }, 'Ffoniwch');
    expect(welsh.localeTexts.cy?.help).toEqual([iask, { ...samaritans, description: 'Ffoniwch' }]);
    expect(helpText(help, welsh.localeTexts.cy?.help, 1, 'description')).toBe('Ffoniwch');
    expect(helpText(help, welsh.localeTexts.cy?.help, 0, 'description')).toBe('');
    const missing = missingFields({ ...draft, settings: welsh }, 'cy').page;
    expect(missing).toContain('help-text-cy-0-description');
    expect(missing).not.toContain('help-text-cy-1-description');
    // Emptying the box puts the English back, and a list with nothing translated goes.
    const undone = withHelpText(welsh, help, 'cy', { index: 1, field: 'description' }, '');
    expect(undone.localeTexts.cy).toEqual({});
  });

  it('treats a translation as gone once the contact’s website or phone changes', () => {
    const welsh = withHelpText(own, help, 'cy', { index: 0, field: 'name' }, 'Cyngor');
    const moved = [{ ...iask, url: 'https://example.org/new' }, samaritans];
    expect(helpText(moved, welsh.localeTexts.cy?.help, 0, 'name')).toBe('');
  });
});
