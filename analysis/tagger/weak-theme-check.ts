// A second opinion on themes the rules found only through weak terms. On real parents' words two
// hint words ("meeting", "decision") were wrong more often than right, while a theme backed by a
// strong term usually held; a small word-pair model then decides whether the hints are enough.
import { contentStemsOf, type Token } from '../text/tokens.ts';
import { STRONG_WEIGHT } from './compile-codebook.ts';
import type { ThemeTag } from './theme-scores.ts';

/** Scores 0..1 per label from an answer's content stems; labels it does not know are left alone. */
export interface WeakThemeCheck {
  labels: readonly string[];
  scores(stems: readonly string[]): ReadonlyMap<string, number>;
}

/**
 * Below this model score a weak-only theme is dropped. Chosen on the tune part of the real
 * development set (0.2 to 0.3 gave the same figures; see the README's accuracy section).
 */
export const WEAK_THEME_MIN_SCORE = 0.25;

/** The themes with weak-only ones the check does not back removed; strong ones are untouched. */
export function checkWeakThemes(
  themes: ThemeTag[],
  tokens: readonly Token[],
  check: WeakThemeCheck,
): ThemeTag[] {
  const known = new Set(check.labels);
  const doubtful = themes.filter((t) => t.score < STRONG_WEIGHT && known.has(t.id));
  if (doubtful.length === 0) return themes;
  const scores = check.scores(contentStemsOf(tokens));
  return themes.filter(
    (t) => !doubtful.includes(t) || (scores.get(t.id) ?? 0) >= WEAK_THEME_MIN_SCORE,
  );
}
