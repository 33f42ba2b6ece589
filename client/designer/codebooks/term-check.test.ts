import { describe, expect, it } from 'vitest';
import { termProblem, termProblems } from './term-check.ts';

describe('keyword lines', () => {
  it('accepts words, phrases, prefixes, exact words, gaps and numbers', () => {
    for (const term of [
      'wait',
      'waiting list',
      'therap*',
      '"ot"',
      'speech "and" language',
      'call * back',
      'took # months',
      'year-long wait',
      'EHCP',
    ]) {
      expect(termProblem(term), term).toBeUndefined();
    }
  });

  it('explains each line the tagger could not use as meant', () => {
    expect(termProblem('"ot')).toMatch(/not closed/);
    expect(termProblem('ot"')).toMatch(/not closed/);
    expect(termProblem('"waiting list"')).toMatch(/one word at a time/);
    expect(termProblem('"ther*"')).toMatch(/matched exactly/);
    expect(termProblem('th*rapy')).toMatch(/end of a word/);
    expect(termProblem('*therapy')).toMatch(/end of a word/);
    expect(termProblem('th*')).toMatch(/at least 3 letters/);
    expect(termProblem('#months')).toMatch(/on its own for a number/);
    expect(termProblem('*')).toMatch(/at least one word/);
    expect(termProblem('* #')).toMatch(/at least one word/);
    expect(termProblem('!!!')).toMatch(/at least one word/);
  });

  it('lists only the bad lines', () => {
    expect(termProblems(['wait', 'th*', 'delay'])).toEqual([
      { term: 'th*', problem: 'put at least 3 letters before *, or it matches too many words' },
    ]);
  });
});
