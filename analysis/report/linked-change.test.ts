import { describe, expect, it } from 'vitest';
import { compareLinked, type LinkedPair } from './linked-change.ts';
import type { OptionFigure } from './report-types.ts';

const option = (value: string, label: string): OptionFigure => ({ value, label, suppressed: true });
const CHOICE = {
  name: 'confidence',
  title: 'How confident are you?',
  options: [option('yes', 'Yes'), option('no', 'No')],
};
const COMMENT = { name: 'improve', title: 'What would help?' };

const pairs = (n: number, words: (i: number) => string): LinkedPair[] =>
  Array.from({ length: n }, (_, i) => ({
    previous: { confidence: i % 2 ? 'yes' : 'no', improve: words(i) },
    current: { confidence: 'yes', improve: words(i) },
  }));

describe('how views changed among linked parents', () => {
  it('never compares free text, whose answers would become labels holding parents own words', () => {
    const secret = 'Mrs Jane Brown never calls me back, ring me on 07700 900123';
    const result = compareLinked(
      pairs(12, () => secret),
      [CHOICE, COMMENT],
      5,
    );
    expect(result.questions.map((q) => q.name)).toEqual(['confidence']);
    expect(JSON.stringify(result)).not.toContain('Jane');
  });

  it('counts only the options the questionnaire offers, by their labels', () => {
    const odd: LinkedPair = {
      previous: { confidence: 'my own words here' },
      current: { confidence: 'yes' },
    };
    const result = compareLinked([...pairs(12, () => ''), odd], [CHOICE], 5);
    const [question] = result.questions;
    expect(question?.answeredBoth).toEqual({ count: 12 });
    expect(question?.options.map((o) => o.label)).toEqual(['Yes', 'No']);
    expect(JSON.stringify(result)).not.toContain('my own words');
  });
});
