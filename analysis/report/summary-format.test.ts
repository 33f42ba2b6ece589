import { describe, expect, it } from 'vitest';
import {
  type AnswerSummary,
  EMPTY_SUMMARY,
  encodeSummary,
  fingerprintOf,
  readSummary,
  ThemeLists,
} from './summary-format.ts';

function read(summary: string) {
  const out: Record<string, AnswerSummary> = {};
  readSummary(
    summary,
    (question, substantive, safeguarding, length, themes, source, start, end) => {
      out[question] = {
        substantive,
        safeguarding,
        length,
        themes,
        fingerprint: fingerprintOf(source, start, end),
      };
    },
    new ThemeLists(),
  );
  return out;
}

const answers = new Map<string, AnswerSummary>([
  [
    'working_well',
    {
      substantive: true,
      safeguarding: false,
      themes: ['ehcp', 'delays'],
      length: 120,
      fingerprint: 'a-b_c',
    },
  ],
  ['worries', { substantive: true, safeguarding: true, themes: [], length: 7, fingerprint: 'x' }],
  ['other', { substantive: false, safeguarding: false, themes: [], length: 3, fingerprint: '' }],
]);

describe('stored summaries', () => {
  it('read back what was written', () => {
    expect(read(encodeSummary(answers))).toEqual(Object.fromEntries(answers));
  });

  it('fall back to JSON for names a line could not hold, and read it back', () => {
    const odd = new Map([['a\tb', answers.get('working_well') as AnswerSummary]]);
    const summary = encodeSummary(odd);
    expect(summary.startsWith('{')).toBe(true);
    expect(read(summary)).toEqual(Object.fromEntries(odd));
  });

  it('are empty when nothing is analysed', () => {
    expect(encodeSummary(new Map())).toBe(EMPTY_SUMMARY);
    expect(read(EMPTY_SUMMARY)).toEqual({});
  });
});
