// A half-translated language is named with what it lacks, instead of "No problems".
import { describe, expect, it } from 'vitest';
import { designSettingsSchema } from '../designer-contracts.ts';
import { languageCoverage } from './language-checks.ts';
import { checkForPublish } from './publish-checks.ts';

const welsh = (title: string) => ({ default: title, cy: `${title} (Cymraeg)` });
const json = {
  title: welsh('Short breaks'),
  pages: [
    {
      name: 'p1',
      title: 'About the breaks',
      elements: [
        {
          type: 'radiogroup',
          name: 'used',
          title: welsh('Has your child used a short break?'),
          choices: [
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ],
        },
        { type: 'comment', name: 'views', title: 'What would make them better?' },
      ],
    },
  ],
};

const languageIssues = (settings: Record<string, unknown>, definition = json) =>
  checkForPublish({
    json: definition,
    settings: designSettingsSchema.parse({ unthemedQuestions: ['views'], ...settings }),
    codebookExists: true,
  }).issues.filter((i) => i.code.startsWith('language_'));

describe('language checks', () => {
  it('count the strings a language lacks, notice and thank-you page included', () => {
    const settings = designSettingsSchema.parse({});
    expect(languageCoverage(json, settings)).toEqual([{ locale: 'cy', total: 8, missing: 6 }]);
    const [incomplete] = languageIssues({});
    expect(incomplete).toMatchObject({ code: 'language_incomplete', locale: 'cy' });
    expect(incomplete?.message).toMatch(/^Welsh \(cy\): 6 of 8 strings have no translation/);
  });

  it('name the buttons and errors neither the survey nor survey-core words in a language', () => {
    // survey-core has no Somali: only the survey's own wording counts.
    const somali = JSON.parse(JSON.stringify(json).replaceAll('"cy"', '"so"')) as typeof json;
    const ui = { 'questions.previous': 'Dib', 'questions.next': 'Xiga' };
    const messages = languageIssues({ localeTexts: { so: { ui } } }, somali).find(
      (i) => i.code === 'language_messages_missing',
    );
    expect(messages?.message).toMatch(/^Somali \(so\): /);
    expect(messages?.message).toContain('the "Complete" button');
    expect(messages?.message).toContain('the "Response required" error');
    expect(messages?.message).not.toContain('"Previous"');
  });

  it('count survey-core’s own Welsh buttons and errors as worded', () => {
    const issues = languageIssues({});
    expect(issues.map((i) => i.code)).toEqual(['language_incomplete']);
  });

  it('say nothing about a survey in one language', () => {
    const english = {
      pages: [{ name: 'p', elements: [{ type: 'comment', name: 'views', title: 'Hi' }] }],
    };
    expect(languageIssues({}, english as typeof json)).toEqual([]);
  });
});
