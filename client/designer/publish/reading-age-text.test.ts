import { describe, expect, it } from 'vitest';
import { readingAgeText } from './checks-list.tsx';

describe('the reading age on the checks page', () => {
  it('advises against the limit the server checks, not a number of its own', () => {
    expect(readingAgeText(12, 12)).toBe(
      'Estimated reading age: 12. That is within the aim of 12 or under.',
    );
    expect(readingAgeText(12.4, 9, 'Easy read')).toMatch(/^Easy read: 12\. Aim for 9 or under/);
    expect(readingAgeText(null, 12)).toMatch(/not enough text yet/);
  });
});
