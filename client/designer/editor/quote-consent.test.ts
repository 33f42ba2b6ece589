import { describe, expect, it } from 'vitest';
import { consentSetup, QUOTE_NO, QUOTE_YES } from './quote-consent.ts';

const fresh = [
  { value: 'option_1', text: 'Option 1' },
  { value: 'option_2', text: 'Option 2' },
];

describe('setting up the quote-consent question', () => {
  it('turns a new question’s options into a yes and a no with plain wording', () => {
    const { steps } = consentSetup(fresh, new Set());
    expect(steps.map((s) => s.change)).toEqual([
      { kind: 'renamed', from: 'option_1', to: 'yes' },
      { kind: 'renamed', from: 'option_2', to: 'no' },
    ]);
    expect(steps.at(-1)?.options).toEqual([
      { value: 'yes', text: QUOTE_YES },
      { value: 'no', text: QUOTE_NO },
    ]);
  });

  it('keeps wording the team wrote and changes only the value stored', () => {
    const options = [
      { value: 'sure', text: 'Yes, quote me' },
      { value: 'nope', text: 'No thanks' },
    ];
    expect(consentSetup(options, new Set()).steps.at(-1)?.options).toEqual([
      { value: 'yes', text: 'Yes, quote me' },
      { value: 'no', text: 'No thanks' },
    ]);
  });

  it('leaves a question that already has a yes, or whose values answers were given with', () => {
    expect(consentSetup([{ value: 'Yes', text: 'Yes' }], new Set()).steps).toEqual([]);
    expect(consentSetup(fresh, new Set(['option_1'])).steps).toEqual([]);
  });

  it('never gives two options the same value', () => {
    const options = [
      { value: 'maybe', text: 'Maybe' },
      { value: 'no', text: 'No' },
    ];
    expect(consentSetup(options, new Set()).steps.map((s) => s.change)).toEqual([
      { kind: 'renamed', from: 'maybe', to: 'yes' },
    ]);
  });
});
