// Conditions and settings that name answers a question does not offer: a renamed or removed
// option would otherwise hide a question from everyone, or count agreement wrongly, silently.
import { describe, expect, it } from 'vitest';
import { designSettingsSchema } from '../designer-contracts.ts';
import { PAGE_WORDING_CODES } from './placeholder-checks.ts';
import { checkForPublish } from './publish-checks.ts';

const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements }] });
const issues = (json: Record<string, unknown>, settings = {}) =>
  checkForPublish({ json, settings: designSettingsSchema.parse(settings), codebookExists: true })
    .issues;
const codes = (json: Record<string, unknown>, settings = {}, severity = 'error') =>
  issues(json, settings)
    .filter((i) => i.severity === severity && !PAGE_WORDING_CODES.has(i.code))
    .map((i) => [i.code, i.question ?? null]);

const plan = {
  type: 'radiogroup',
  name: 'has_plan',
  title: 'Has your child got a plan?',
  choices: [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
  ],
};
const shown = (name: string, visibleIf: string) => ({
  type: 'comment',
  name,
  title: 'Tell us more',
  visibleIf,
});

describe('conditions compared with answers', () => {
  it('flag a value that is not one of the choices, but accept any case and spacing', () => {
    expect(codes(page(plan, shown('why', "{has_plan} = 'Yes '")))).toEqual([]);
    expect(codes(page(plan, shown('why', "{has_plan} = 'yes_we_do'")))).toEqual([
      ['unknown_condition_value', 'why'],
    ]);
    const [problem] = issues(page(plan, shown('why', "'maybe' = {has_plan}")));
    expect(problem?.message).toContain('compares "has_plan" with "maybe"');
    expect(problem?.message).toContain('"yes", "no"');
  });

  it('check every value of anyof and contains, and every condition property', () => {
    const json = page(
      { ...plan, type: 'checkbox', showOtherItem: true },
      shown('a', "{has_plan} anyof ['yes', 'other']"),
      shown('b', "{has_plan} contains 'gone'"),
      { ...shown('c', 'true'), enableIf: "{has_plan} anyof ['no', 'old']" },
      { ...shown('d', 'true'), requiredIf: "{has_plan} notcontains 'x' or {has_plan} empty" },
    );
    expect(codes(json)).toEqual([
      ['unknown_condition_value', 'b'],
      ['unknown_condition_value', 'c'],
      ['unknown_condition_value', 'd'],
    ]);
  });

  it('know yes/no, rating and agree/disagree scales', () => {
    const json = page(
      { type: 'boolean', name: 'b', title: 'B' },
      { type: 'boolean', name: 'bv', title: 'BV', valueTrue: 'agreed', valueFalse: 'refused' },
      { type: 'rating', name: 'r', title: 'R', rateMax: 10 },
      {
        type: 'matrix',
        name: 'm',
        title: 'M',
        rows: ['help'],
        columns: [{ value: 'agree', text: 'Agree' }],
      },
      shown(
        'ok',
        "{b} = true and {bv} = 'agreed' and {r} = 10 and {m.help} = 'agree' and {r} > 11",
      ),
      shown('b_bad', "{b} = 'maybe'"),
      shown('bv_bad', '{bv} = true'),
      shown('r_bad', '{r} = 11'),
      shown('m_bad', "{m.help} = 'strongly_agree'"),
    );
    expect(codes(json)).toEqual([
      ['unknown_condition_value', 'b_bad'],
      ['unknown_condition_value', 'bv_bad'],
      ['unknown_condition_value', 'r_bad'],
      ['unknown_condition_value', 'm_bad'],
    ]);
  });

  it('leave alone answers it cannot know: free text, choices from elsewhere, empty checks', () => {
    const json = page(
      plan,
      { type: 'text', name: 'town', title: 'Town' },
      { type: 'dropdown', name: 'copy', title: 'Copy', choicesFromQuestion: 'has_plan' },
      shown('a', "{town} = 'Leeds' and {copy} = 'anything' and {has_plan} <> ''"),
      shown('b', "{has_plan-Comment} = 'x' and {unknown.thing} = 'y'"),
    );
    expect(codes(json).filter(([code]) => code === 'unknown_condition_value')).toEqual([]);
  });
});

describe('settings compared with answers', () => {
  const agree = {
    type: 'matrix',
    name: 'confidence',
    title: 'How far do you agree?',
    rows: [{ value: 'heard', text: 'I feel heard' }],
    columns: [
      { value: 'agree', text: 'Agree' },
      { value: 'disagree', text: 'Disagree' },
    ],
  };

  it('need the options counted as agreeing to be points of the scale', () => {
    expect(codes(page(agree), { positiveOptions: { confidence: ['agree'] } })).toEqual([]);
    expect(
      codes(page(agree), { positiveOptions: { confidence: ['agree', 'strongly_agree'] } }),
    ).toEqual([['unknown_positive_option', 'confidence']]);
    expect(codes(page(plan), { positiveOptions: { has_plan: ['maybe'] } })).toEqual([
      ['unknown_positive_option', 'has_plan'],
    ]);
  });

  it('need the quote-consent question to have an answer stored as yes', () => {
    const consent = (choices: unknown[]) =>
      page({ type: 'radiogroup', name: 'quote', title: 'May we quote you?', choices });
    const settings = { quoteConsentQuestion: 'quote' };
    expect(codes(consent(['Yes', 'No']), settings)).toEqual([]);
    expect(codes(consent([{ value: 'yes_you_may', text: 'Yes, you may' }]), settings)).toEqual([
      ['quote_consent_without_yes', 'quote'],
    ]);
    expect(codes(page({ type: 'boolean', name: 'quote', title: 'Q' }), settings)).toEqual([]);
  });
});

describe('free-text questions nobody decided to theme', () => {
  const json = page(
    { type: 'comment', name: 'story', title: 'Tell us your story' },
    { type: 'text', name: 'school', title: 'Which school?' },
    { type: 'text', name: 'age', title: 'Age', inputType: 'number' },
    { type: 'comment', name: 'old', title: 'Old', visible: false },
  );

  it('get a warning each, which theming or marking them as not themed silences', () => {
    expect(codes(json, {}, 'warning')).toEqual([
      ['free_text_not_themed', 'story'],
      ['free_text_not_themed', 'school'],
    ]);
    expect(
      codes(json, { themedQuestions: ['story'], unthemedQuestions: ['school'] }, 'warning'),
    ).toEqual([]);
  });
});
