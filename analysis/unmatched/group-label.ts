// A group's label: the phrase most of its answers share and few other answers use.
import type { AnswerTerms } from './answer-terms.ts';
import { wordsIn } from './answer-terms.ts';

/** A phrase must be in at least this share of a group's answers to name it. */
const PHRASE_COVERAGE = 0.34;
const KEYWORDS = 3;

export function groupLabel(
  members: readonly AnswerTerms[],
  df: ReadonlyMap<string, number>,
  n: number,
): { label: string; keywords: string[] } {
  const inGroup = new Map<string, number>();
  const shown = new Map<string, Map<string, number>>();
  for (const m of members) {
    for (const term of m.terms.keys()) {
      inGroup.set(term, (inGroup.get(term) ?? 0) + 1);
      const written = m.shown.get(term) ?? term;
      const forms = shown.get(term) ?? new Map<string, number>();
      forms.set(written, (forms.get(written) ?? 0) + 1);
      shown.set(term, forms);
    }
  }
  const size = members.length;
  const score = (term: string) => {
    const coverage = (inGroup.get(term) ?? 0) / size;
    const rarity = Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
    // A longer phrase in as many answers says more than the words in it.
    return coverage * coverage * rarity * (1 + 0.25 * (wordsIn(term) - 1));
  };
  const ranked = [...inGroup.keys()]
    .filter((t) => (inGroup.get(t) ?? 0) >= Math.min(2, size))
    .map((term) => ({ term, score: score(term) }))
    .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const asWritten = (term: string) =>
    [...(shown.get(term) ?? new Map([[term, 1]]))].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0]?.[0] ?? term;
  const phrase = ranked.find(
    (r) => wordsIn(r.term) > 1 && (inGroup.get(r.term) ?? 0) / size >= PHRASE_COVERAGE,
  );
  const top = phrase ?? ranked[0];
  if (!top) return { label: 'Answers alike', keywords: [] };
  const used = new Set(top.term.split(' '));
  const words = ranked
    .filter((r) => wordsIn(r.term) === 1 && !used.has(r.term))
    .slice(0, KEYWORDS - 1)
    .map((r) => asWritten(r.term));
  return { label: asWritten(top.term), keywords: [asWritten(top.term), ...words] };
}
