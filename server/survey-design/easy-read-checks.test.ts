// The plain-English hints also read the easy-read wording (locale en-easy), against the stricter
// easy-read targets: sentences of at most 15 words and a reading age of 9.
import { describe, expect, it } from 'vitest';
import { designSettingsSchema } from '../designer-contracts.ts';
import { PAGE_WORDING_CODES } from './placeholder-checks.ts';
import { checkForPublish } from './publish-checks.ts';

// The notice and thank-you page have no easy-read wording here, and the buttons their standard
// wording, which other checks (language-checks.test.ts, placeholder-checks.test.ts) warn about;
// these tests are about the wording's plain English.
const check = (json: Record<string, unknown>) => {
  const result = checkForPublish({
    json,
    settings: designSettingsSchema.parse({ themedQuestions: ['views'] }),
    codebookExists: true,
  });
  const other = (code: string) => code.startsWith('language_') || PAGE_WORDING_CODES.has(code);
  return { ...result, issues: result.issues.filter((i) => !other(i.code)) };
};

const question = (easy?: string) => ({
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'comment',
          name: 'views',
          title: easy
            ? { default: 'What do you think of the support?', 'en-easy': easy }
            : 'What do you think of the support?',
        },
      ],
    },
  ],
});

describe('easy-read checks', () => {
  it('are left out when the survey has no easy-read wording', () => {
    const result = check(question());
    expect(result.easyRead).toBeNull();
    expect(result.issues).toEqual([]);
  });

  it('flag long sentences, jargon and acronyms in the easy-read wording only, labelled', () => {
    const easy =
      'Please think about all of the help that your child got from every service this year and tell us. Was the provision good? Did the SENCO help?';
    const result = check(question(easy));
    const found = result.issues.map((i) => [i.code, i.message.slice(0, 11)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['long_sentence', 'Easy read: '],
        ['jargon', 'Easy read: '],
        ['unexplained_acronym', 'Easy read: '],
      ]),
    );
    expect(result.issues.every((i) => i.message.startsWith('Easy read: '))).toBe(true);
  });

  it('estimate the easy-read reading age against a limit of 9', () => {
    const plain = check(question('What do you think of the help?'));
    expect(plain.easyRead).toEqual({ readingAge: expect.any(Number), readingAgeLimit: 9 });
    expect(plain.issues).toEqual([]);
    const hard = check(
      question(
        'Considering the comprehensive multidisciplinary arrangements, how satisfactory was the coordination?',
      ),
    );
    expect(hard.easyRead?.readingAge).toBeGreaterThan(9);
    expect(hard.issues.map((i) => i.code)).toContain('reading_age');
    expect(hard.readingAge).toBeLessThanOrEqual(hard.readingAgeLimit);
  });
});
