// A codebook compiled for tagging: its terms indexed for matching, and its vocabulary for typo
// correction. Built once per codebook version.
import type { Codebook } from '../codebook.ts';
import { words } from '../text/tokens.ts';
import {
  compileTerm,
  indexPatterns,
  type PatternIndex,
  type TermPattern,
} from './term-patterns.ts';
import { createTypoCorrector } from './typo-corrector.ts';

export const STRONG_WEIGHT = 0.8;
export const WEAK_WEIGHT = 0.35;

export interface TermHit {
  theme: string;
  weight: number;
}

export interface CompiledCodebook {
  codebook: Codebook;
  terms: PatternIndex<TermHit>;
  exclusions: PatternIndex<string>;
  correct: (word: string) => string | undefined;
  /** Words and stems the codebook uses: never corrected into something else. */
  vocabulary: Set<string>;
}

export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const patterns: TermPattern<TermHit>[] = [];
  const exclusions: TermPattern<string>[] = [];
  const vocabulary = new Set<string>();
  for (const theme of codebook.themes) {
    const add = (terms: string[], weight: number) => {
      for (const term of terms) {
        const pattern = compileTerm(term, { theme: theme.id, weight });
        if (!pattern) continue;
        patterns.push(pattern);
        for (const w of pattern.words) if (w.kind !== 'exact') vocabulary.add(w.value);
        for (const w of words(term.replace(/\*/g, ''))) vocabulary.add(w);
      }
    };
    add(theme.strong, STRONG_WEIGHT);
    add(theme.weak, WEAK_WEIGHT);
    for (const term of theme.exclude) {
      const pattern = compileTerm(term, theme.id);
      if (pattern) exclusions.push(pattern);
    }
  }
  return {
    codebook,
    terms: indexPatterns(patterns),
    exclusions: indexPatterns(exclusions),
    correct: createTypoCorrector(vocabulary),
    vocabulary,
  };
}
