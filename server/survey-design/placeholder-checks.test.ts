// The designer's starting wording is listed until the team replaces it.
import { describe, expect, it } from 'vitest';
import { designSettingsSchema } from '../designer-contracts.ts';
import { SHIPPED_PAGE_WORDING } from './placeholder-checks.ts';
import { checkForPublish } from './publish-checks.ts';

const PLACEHOLDER_CODES = /^(placeholder_|no_progress_bar|help_without_contact)/;

const placeholders = (json: Record<string, unknown>, settings: Record<string, unknown> = {}) =>
  checkForPublish({
    json,
    settings: designSettingsSchema.parse({ unthemedQuestions: ['views'], ...settings }),
    codebookExists: true,
  })
    .issues.filter((i) => PLACEHOLDER_CODES.test(i.code))
    .map((i) => i.message);

const pages = [
  {
    name: 'page1',
    title: 'About you',
    elements: [{ type: 'comment', name: 'views', title: 'Tell us' }],
  },
  {
    name: 'page2',
    title: 'New page',
    elements: [
      {
        type: 'radiogroup',
        name: 'new_question',
        title: 'New question',
        choices: [
          { value: 'option_1', text: 'Option 1' },
          { value: 'option_2', text: 'Option 2' },
        ],
      },
    ],
  },
];

describe('placeholder checks', () => {
  it('list each placeholder page title, question, option, button and help entry', () => {
    expect(placeholders({ pages })).toEqual([
      'Page 2 is titled "New page". Give it a title that tells parents what it is about, or remove the title.',
      'Question "new_question" still reads "New question". Write the question parents should answer.',
      'Question "new_question" has options still called "Option 1", "Option 2". Word them as parents should read them.',
      'Parents will see the standard "Complete" button; the shipped questionnaires say "Send my answers". Word it under "Buttons and messages of the questionnaire page" in the Languages tab.',
      'Parents will see the standard "Previous" button; the shipped questionnaires say "Back". Word it under "Buttons and messages of the questionnaire page" in the Languages tab.',
      'Parents will not see how far through the questionnaire they are. Tick "Show parents a progress bar" in the questionnaire settings, as the shipped questionnaires do.',
      'The help entry "SEND information, advice and support service" has no phone number or website, so parents cannot reach it. Add one in the questionnaire settings, or remove the entry.',
      'The help entry "Emergency" has no phone number or website, so parents cannot reach it. Add one in the questionnaire settings, or remove the entry.',
    ]);
  });

  it('are quiet for the shipped wording, reworded buttons and reachable help', () => {
    const help = [{ name: 'IASK', description: 'Advice.', url: 'https://example.org/iask' }];
    expect(
      placeholders({ ...SHIPPED_PAGE_WORDING, pages: pages.slice(0, 1) }, { texts: { help } }),
    ).toEqual([]);
    const ui = { 'questions.complete': 'Send', 'questions.previous': 'Back' };
    const reworded = placeholders(
      { showProgressBar: 'top', pages: pages.slice(0, 1) },
      { texts: { help, ui } },
    );
    expect(reworded).toEqual([]);
  });
});
