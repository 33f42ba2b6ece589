// Quick phone answers are full of typos ("asessment", "waitng", "transprot"). An unknown word is
// corrected to a codebook word one edit away (symmetric delete index, as SymSpell does), which is
// fast enough to run on every answer. Short words are never corrected: too many are one edit apart.
import { MAX_WORD_LENGTH } from '../text/limits.ts';

const MIN_LENGTH = 5;

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping early once it exceeds 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true; // substitution
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true; // deletion, insertion
  return (
    restA.length >= 2 &&
    restA[0] === restB[1] &&
    restA[1] === restB[0] &&
    restA.slice(2) === restB.slice(2)
  );
}

export function createTypoCorrector(vocabulary: Iterable<string>) {
  const index = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = index.get(key);
    if (!list) index.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of vocabulary) {
    if (word.length < MIN_LENGTH - 1) continue;
    add(word, word);
    if (word.length < MIN_LENGTH) continue;
    for (const d of deletes(word)) add(d, word);
  }
  const cache = new Map<string, string | null>();

  /** The vocabulary word this one is probably a typo of, or undefined. */
  return (word: string): string | undefined => {
    // Its deletes cost time and memory quadratic in the word's length.
    if (word.length < MIN_LENGTH || word.length > MAX_WORD_LENGTH) return undefined;
    const cached = cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    let best: string | null = null;
    for (const key of [word, ...deletes(word)]) {
      for (const candidate of index.get(key) ?? []) {
        if (candidate !== word && withinOneEdit(word, candidate)) {
          best = candidate;
          break;
        }
      }
      if (best) break;
    }
    if (cache.size > 50_000) cache.clear();
    cache.set(word, best);
    return best ?? undefined;
  };
}
