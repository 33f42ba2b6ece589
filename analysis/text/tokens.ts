// Turning an answer into tokens: lower-cased words with their Porter stems, and emoji kept as
// tokens of their own (they carry sentiment in quick phone answers). Words longer than
// MAX_WORD_LENGTH are noise and left out: no stemming, no typo correction, no cache entry.
import { MAX_WORD_LENGTH } from './limits.ts';
import { PorterStemmer, RegexpTokenizer } from './natural-modules.ts';

export interface Token {
  /** Lower-cased, curly apostrophes straightened. */
  word: string;
  stem: string;
}

const tokenizer = new RegexpTokenizer({
  pattern: /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu,
  gaps: false,
});

const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word, cached: answers reuse a small vocabulary. */
export function stem(word: string): string {
  // natural's Porter stemmer is quadratic in a run of consonants.
  if (word.length > MAX_WORD_LENGTH) return word;
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    const base = word.endsWith("'s") ? word.slice(0, -2) : word;
    stemmed = /^[a-z]+$/.test(base) ? PorterStemmer.stem(base) : base;
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Contractions typed without their apostrophe on a phone, restored so "dont" reads as "don't". */
const CONTRACTIONS = new Map(
  [
    "don't",
    "didn't",
    "doesn't",
    "can't",
    "won't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "haven't",
    "hasn't",
    "hadn't",
    "couldn't",
    "shouldn't",
    "wouldn't",
    "i'm",
    "i've",
    "i'd",
    "they're",
    "they've",
    "we're",
    "we've",
    "you're",
    "that's",
    "what's",
    "there's",
    "he's",
    "she's",
  ].map((c) => [c.replace("'", ''), c]),
);

export function words(text: string): string[] {
  // natural returns null, not [], when nothing matches.
  const raw = tokenizer.tokenize(text) ?? [];
  const out: string[] = [];
  for (const w of raw) {
    if (w.length > MAX_WORD_LENGTH) continue;
    const word = w.toLowerCase().replace(/’/g, "'");
    out.push(CONTRACTIONS.get(word) ?? word);
  }
  return out;
}

export function tokenize(text: string): Token[] {
  return words(text).map((word) => ({ word, stem: stem(word) }));
}

const isEmoji = (word: string) => /\p{Extended_Pictographic}/u.test(word);

/** Words only (no emoji, no numbers), for models that learn from vocabulary. */
export function contentStems(text: string): string[] {
  return contentStemsOf(tokenize(text));
}

/** As contentStems, from tokens the caller already has. */
export function contentStemsOf(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => !isEmoji(t.word) && !/^\d+$/.test(t.word)).map((t) => t.stem);
}
