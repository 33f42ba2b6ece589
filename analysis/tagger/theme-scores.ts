// From matched terms to themes: each distinct term adds its weight (1 - Π(1 - w)), so one strong
// term or two weak ones pass the threshold, and evidence lists the words that did it.
import type { Token } from '../text/tokens.ts';
import type { TermHit } from './compile-codebook.ts';
import type { TermMatch } from './match-terms.ts';
import { coveredPositions, overlapsCovered } from './span-index.ts';

export const THEME_THRESHOLD = 0.5;

export interface ThemeTag {
  id: string;
  score: number;
  evidence: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Each stretch of the answer counts once per theme: overlapping terms ("reply" and "no reply" on
 * the same words) give the weight of the strongest, and a term repeated later adds nothing more.
 */
export function scoreThemes(
  tokens: Token[],
  matches: TermMatch<TermHit>[],
  exclusions: TermMatch<string>[],
): ThemeTag[] {
  const excludedByTheme = new Map<string, TermMatch<string>[]>();
  for (const x of exclusions) {
    const list = excludedByTheme.get(x.pattern.payload);
    if (list) list.push(x);
    else excludedByTheme.set(x.pattern.payload, [x]);
  }
  const excluded = new Map(
    [...excludedByTheme].map(([theme, list]) => [theme, coveredPositions(list, tokens.length)]),
  );
  const byTheme = new Map<string, TermMatch<TermHit>[]>();
  for (const match of matches) {
    const { theme } = match.pattern.payload;
    const covered = excluded.get(theme);
    if (covered && overlapsCovered(covered, match)) continue;
    const list = byTheme.get(theme);
    if (list) list.push(match);
    else byTheme.set(theme, [match]);
  }
  const tags: ThemeTag[] = [];
  for (const [id, list] of byTheme) {
    list.sort(
      (a, b) =>
        b.pattern.payload.weight - a.pattern.payload.weight ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
    const counted: TermMatch<TermHit>[] = [];
    const terms = new Set<string>();
    let miss = 1;
    for (const match of list) {
      if (counted.some((c) => overlaps(c, match)) || terms.has(match.pattern.term)) continue;
      counted.push(match);
      terms.add(match.pattern.term);
      miss *= 1 - match.pattern.payload.weight;
    }
    const score = Math.round((1 - miss) * 1000) / 1000;
    if (score < THEME_THRESHOLD) continue;
    const evidence = counted
      .sort((a, b) => a.start - b.start)
      .map((m) =>
        tokens
          .slice(m.start, m.end)
          .map((t) => t.word)
          .join(' '),
      );
    tags.push({ id, score, evidence: [...new Set(evidence)] });
  }
  return tags.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
