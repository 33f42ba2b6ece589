import { describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from '../default-codebook.ts';
import { createTagger } from '../tag-answer.ts';
import type { WeakThemeCheck } from './weak-theme-check.ts';

const codebook = loadDefaultCodebook();
const themeIds = (tagger: ReturnType<typeof createTagger>, text: string) =>
  tagger.tag({ text }).themes.map((t) => t.id);

/** A check that backs only the labels it is given. */
const backing = (...backed: string[]): WeakThemeCheck => ({
  labels: codebook.themes.map((t) => t.id),
  scores: () => new Map(backed.map((id) => [id, 0.9])),
});

// "meeting" and "decision" are two weak coproduction terms; "timetable" is a strong inclusion one.
const HINTS_ONLY = 'I rang the school to arrange a meeting about the decision on his timetable.';

describe('the weak-theme check', () => {
  it('drops a theme found only through hint words when the check does not back it', () => {
    const tagger = createTagger({ codebook, weakThemeCheck: backing() });
    expect(themeIds(tagger, HINTS_ONLY)).toEqual(['inclusion']);
  });

  it('keeps such a theme, with its matched words as evidence, when the check backs it', () => {
    const tagger = createTagger({ codebook, weakThemeCheck: backing('coproduction') });
    const themes = tagger.tag({ text: HINTS_ONLY }).themes;
    expect(themes.find((t) => t.id === 'coproduction')?.evidence).toEqual(['meeting', 'decision']);
  });

  it('never drops a theme a strong term found', () => {
    const tagger = createTagger({ codebook, weakThemeCheck: backing() });
    const text = 'We had a meeting and they took the decision without asking us.';
    expect(themeIds(tagger, text)).toEqual(['coproduction']);
  });

  it('is on by default for the default codebook and can be switched off', () => {
    expect(themeIds(createTagger({ codebook }), HINTS_ONLY)).toEqual(['inclusion']);
    const rulesOnly = createTagger({ codebook, weakThemeCheck: null });
    expect(themeIds(rulesOnly, HINTS_ONLY).sort()).toEqual(['coproduction', 'inclusion']);
  });

  it('leaves other codebooks to their rules', () => {
    const own = { ...codebook, id: 'council-own' };
    expect(themeIds(createTagger({ codebook: own }), HINTS_ONLY).sort()).toEqual([
      'coproduction',
      'inclusion',
    ]);
  });
});
