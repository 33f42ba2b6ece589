import { describe, expect, it } from 'vitest';
import { type Condition, parseExpression, toExpression } from './conditions.ts';

describe('conditions built in the form editor', () => {
  const cases: [Condition, string][] = [
    [{ question: 'has_plan', operator: 'equals', values: ['yes'] }, "{has_plan} = 'yes'"],
    [{ question: 'gets_breaks', operator: 'equals', values: [true] }, '{gets_breaks} = true'],
    [{ question: 'score', operator: 'not_equals', values: [3] }, '{score} <> 3'],
    [
      { question: 'setting', operator: 'any_of', values: ['primary', "o'brien"] },
      "{setting} anyof ['primary', 'o\\'brien']",
    ],
    [
      { question: 'services', operator: 'contains', values: ['camhs'] },
      "{services} contains 'camhs'",
    ],
    [{ question: 'why', operator: 'answered', values: [] }, '{why} notempty'],
    [{ question: 'why', operator: 'not_answered', values: [] }, '{why} empty'],
  ];

  it.each(cases)('writes %o as %s and reads it back', (condition, expression) => {
    expect(toExpression(condition)).toBe(expression);
    expect(parseExpression(expression)).toEqual(condition);
  });

  it('reads double quotes and == written elsewhere', () => {
    expect(parseExpression('{a} == "x"')).toEqual({
      question: 'a',
      operator: 'equals',
      values: ['x'],
    });
  });

  it('leaves anything more complex alone', () => {
    expect(parseExpression("{a} = 'x' and {b} = 'y'")).toBeUndefined();
    expect(parseExpression('age({dob}) > 16')).toBeUndefined();
  });

  it('writes nothing until a value is picked', () => {
    expect(toExpression({ question: 'a', operator: 'any_of', values: [] })).toBeUndefined();
  });
});
