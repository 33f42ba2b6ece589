import { describe, expect, it } from 'vitest';
import { withSortedKeys } from './sorted-keys.ts';

describe('withSortedKeys', () => {
  it('serialises equal answers identically whatever order they were given in', () => {
    const a = { b: 1, a: { y: 'agree', x: 'disagree' }, c: ['second', 'first'] };
    const b = { c: ['second', 'first'], a: { x: 'disagree', y: 'agree' }, b: 1 };
    expect(JSON.stringify(withSortedKeys(a))).toBe(JSON.stringify(withSortedKeys(b)));
  });

  it('keeps the order of ticked answers, which can matter', () => {
    expect(withSortedKeys({ services: ['salt', 'camhs'] })).toEqual({
      services: ['salt', 'camhs'],
    });
  });
});
