// Why the model gave a label: the terms of the answer whose weight for that label added most to
// its margin, shown in the answer's own words rather than as stems.
import type { Token } from '../text/tokens.ts';

/**
 * Words that carry weight in the model (it learns from every word) but explain nothing to a
 * reader: "and", "the waiting". Negations are not among them: "not" and "never" do explain.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but so of to in on at for from with by as is are was were be been being am ' +
    'i me my we us our you your he him his she her it its they them their this that these those ' +
    'have has had do does did will would could should can may might there here then than also just'
  ).split(' '),
);

/** Stems mean little to a reader ("commun"), so terms are shown in the answer's own words. */
export function wordsByStem(tokens: readonly Token[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const t of tokens) if (!words.has(t.stem)) words.set(t.stem, t.word);
  return words;
}

/**
 * The `limit` terms with the largest positive contribution, strongest first. Only the terms
 * shown are turned into words: this runs for every label the tagger assigns.
 */
export function topTerms(
  x: { indices: Int32Array; values: Float64Array; length: number },
  weightOf: (feature: number) => number,
  vocabulary: readonly string[],
  words: Map<string, string>,
  limit: number,
): string[] {
  const candidates: { feature: number; value: number }[] = [];
  for (let k = 0; k < x.length; k++) {
    const feature = x.indices[k] as number;
    const value = (x.values[k] as number) * weightOf(feature);
    if (value > 0) candidates.push({ feature, value });
  }
  candidates.sort((a, b) => b.value - a.value);
  const shown: string[] = [];
  for (const { feature } of candidates) {
    if (shown.length >= limit) break;
    const parts = (vocabulary[feature] as string).split(' ').map((stem) => words.get(stem) ?? stem);
    if (!parts.some((w) => FUNCTION_WORDS.has(w))) shown.push(parts.join(' '));
  }
  return shown;
}
