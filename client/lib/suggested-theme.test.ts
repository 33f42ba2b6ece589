import { describe, expect, it } from 'vitest';
import { suggestedThemeFrom, suggestedThemePath } from './suggested-theme.ts';

describe('suggested theme links', () => {
  it('carries a name and keywords to the codebook page and back', () => {
    const path = suggestedThemePath('send-default', {
      label: 'leaders to account',
      keywords: ['leaders to account', 'hold'],
    });
    expect(path.startsWith('/designer/codebooks/send-default?')).toBe(true);
    expect(suggestedThemeFrom(path.slice(path.indexOf('?')))).toEqual({
      label: 'leaders to account',
      keywords: ['leaders to account', 'hold'],
    });
  });

  it('suggests nothing without a name, and bounds what it reads', () => {
    expect(suggestedThemeFrom('?keyword=x')).toBeUndefined();
    const long = suggestedThemeFrom(`?theme=${'a'.repeat(500)}${'&keyword=k'.repeat(50)}`);
    expect(long?.label).toHaveLength(120);
    expect(long?.keywords).toHaveLength(10);
  });
});
