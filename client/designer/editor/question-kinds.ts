// The kinds of question the form editor offers, in the words the team uses, with the SurveyJS
// definition each one starts from.
import type { Element } from './survey-json.ts';

export interface QuestionKind {
  type: string;
  label: string;
  hint: string;
}

export const QUESTION_KINDS: QuestionKind[] = [
  { type: 'text', label: 'Short text', hint: 'A one-line answer, such as a town or an age.' },
  { type: 'comment', label: 'Long text', hint: 'A box for a longer answer in their own words.' },
  { type: 'radiogroup', label: 'Single choice', hint: 'Pick one option from a list.' },
  { type: 'checkbox', label: 'Multiple choice', hint: 'Tick all the options that apply.' },
  { type: 'dropdown', label: 'Dropdown', hint: 'Pick one option from a long list.' },
  { type: 'rating', label: 'Rating', hint: 'A score on a scale, such as 1 to 5.' },
  { type: 'boolean', label: 'Yes or no', hint: 'Answer yes or no.' },
  {
    type: 'matrix',
    label: 'Agree or disagree statements',
    hint: 'Several statements on one scale.',
  },
  { type: 'ranking', label: 'Ranking', hint: 'Put options in order of importance.' },
];

export const kindLabel = (type: string) =>
  type === 'html'
    ? 'Text block (not a question)'
    : (QUESTION_KINDS.find((k) => k.type === type)?.label ?? `Other (${type})`);

export const isEditableKind = (type: string) => QUESTION_KINDS.some((k) => k.type === type);
export const hasChoices = (type: string) =>
  ['radiogroup', 'checkbox', 'dropdown', 'ranking'].includes(type);
export const canHaveOther = (type: string) => ['radiogroup', 'checkbox', 'dropdown'].includes(type);
export const isFreeText = (type: string) => type === 'text' || type === 'comment';

const AGREE_SCALE = [
  { value: 'strongly_agree', text: 'Strongly agree' },
  { value: 'agree', text: 'Agree' },
  { value: 'neither', text: 'Neither agree nor disagree' },
  { value: 'disagree', text: 'Disagree' },
  { value: 'strongly_disagree', text: 'Strongly disagree' },
];

/** A new question of this kind, ready to be worded. */
export function newQuestion(type: string, name: string): Element {
  const base = { type, name, title: 'New question' };
  switch (type) {
    case 'radiogroup':
    case 'checkbox':
    case 'dropdown':
    case 'ranking':
      return {
        ...base,
        choices: [
          { value: 'option_1', text: 'Option 1' },
          { value: 'option_2', text: 'Option 2' },
        ],
      };
    case 'rating':
      return {
        ...base,
        rateMin: 1,
        rateMax: 5,
        minRateDescription: 'Very poor',
        maxRateDescription: 'Very good',
      };
    case 'boolean':
      return { ...base, renderAs: 'radio', labelTrue: 'Yes', labelFalse: 'No' };
    case 'matrix':
      return {
        ...base,
        title: 'How much do you agree with these statements?',
        columns: AGREE_SCALE,
        rows: [{ value: 'statement_1', text: 'Statement 1' }],
      };
    default:
      return base;
  }
}
