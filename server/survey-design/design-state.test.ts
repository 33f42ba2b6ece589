import { describe, expect, it } from 'vitest';
import { toDesignSettings } from './design-state.ts';

describe('settings of a stored version, as the designer edits them', () => {
  it('keep every readable field when one is not, and leave out unknown keys', () => {
    const settings = toDesignSettings({
      themedQuestions: ['q1'],
      positiveOptions: { grid: ['agree'] },
      quoteConsentQuestion: 'consent',
      texts: { privacyNotice: 'Notice', unknownWording: 'x' },
      somethingOld: true,
    });
    expect(settings).toEqual({
      themedQuestions: ['q1'],
      codebook: 'send-default',
      positiveOptions: { grid: ['agree'] },
      quoteConsentQuestion: 'consent',
      texts: {},
      localeTexts: {},
    });
  });

  it('fall back to the defaults for nothing at all', () => {
    expect(toDesignSettings(null)).toMatchObject({ themedQuestions: [], codebook: 'send-default' });
  });
});
