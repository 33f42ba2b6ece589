import { describe, expect, it } from 'vitest';
import { unsafePatterns } from './pattern-safety.ts';

describe('a pattern nested deeper than is checked', () => {
  it('is refused rather than skipped', () => {
    let node: Record<string, unknown> = {
      type: 'text',
      name: 'deep',
      validators: [{ type: 'regex', regex: '^(a|aa)+$' }],
    };
    for (let i = 0; i < 40; i++) node = { type: 'panel', name: `p${i}`, elements: [node] };
    const problems = unsafePatterns({ pages: [{ elements: [node] }] });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.problem).toMatch(/nested too deeply/);
  });
});
