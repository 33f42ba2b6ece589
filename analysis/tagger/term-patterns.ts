// Compiling people-written terms ("waiting list", "therap*", "\"ot\"") into patterns that are
// matched against tokens, and indexing them by what their first word can match.
import { stem, words } from '../text/tokens.ts';

export type WordMatcher =
  | { kind: 'stem'; value: string }
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; value: string }
  /** "*" on its own: any one word ("call * back" matches "call me back"). */
  | { kind: 'any'; value: '*' }
  /** "#": a number, in digits or words ("took # months" matches "took 18 months"). */
  | { kind: 'number'; value: '#' };

export const NUMBER_KEY = '#';
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen eighteen twenty thirty forty fifty sixty hundred couple few several'.split(
    ' ',
  ),
);
export const isNumberWord = (word: string) =>
  /^\d+(?:st|nd|rd|th)?$/.test(word) || NUMBER_WORDS.has(word);

export interface TermPattern<T> {
  /** The term as written in the codebook, shown to people as evidence. */
  term: string;
  words: WordMatcher[];
  payload: T;
}

function compilePart(raw: string): WordMatcher[] {
  if (raw === '*') return [{ kind: 'any', value: '*' }];
  if (raw === NUMBER_KEY) return [{ kind: 'number', value: NUMBER_KEY }];
  const quoted = /^"(.+)"$/.exec(raw);
  if (quoted?.[1]) return [{ kind: 'exact', value: quoted[1].toLowerCase() }];
  const prefix = raw.endsWith('*');
  const parts = words(prefix ? raw.slice(0, -1) : raw);
  return parts.map((word, i) =>
    prefix && i === parts.length - 1
      ? { kind: 'prefix', value: word }
      : { kind: 'stem', value: stem(word) },
  );
}

export function compileTerm<T>(term: string, payload: T): TermPattern<T> | undefined {
  // Quoted words stay whole; anything else is split into words as answers are.
  const parts = term.match(/"[^"]+"|[^\s\-/]+/g) ?? [];
  const compiled = parts.flatMap(compilePart);
  return compiled.length > 0 ? { term, words: compiled, payload } : undefined;
}

export const PREFIX_KEY_LENGTH = 3;

export interface PatternIndex<T> {
  byStem: Map<string, TermPattern<T>[]>;
  byExact: Map<string, TermPattern<T>[]>;
  /** Prefix patterns by their first three letters (prefixes are at least that long). */
  byPrefix: Map<string, TermPattern<T>[]>;
  shortPrefixes: TermPattern<T>[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function indexPatterns<T>(patterns: TermPattern<T>[]): PatternIndex<T> {
  const index: PatternIndex<T> = {
    byStem: new Map(),
    byExact: new Map(),
    byPrefix: new Map(),
    shortPrefixes: [],
  };
  for (const pattern of patterns) {
    const first = pattern.words[0];
    if (!first) continue;
    if (first.kind === 'stem') push(index.byStem, first.value, pattern);
    else if (first.kind === 'exact' || first.kind === 'number')
      push(index.byExact, first.value, pattern);
    else if (first.kind === 'any') index.shortPrefixes.push(pattern);
    else if (first.value.length >= PREFIX_KEY_LENGTH) {
      push(index.byPrefix, first.value.slice(0, PREFIX_KEY_LENGTH), pattern);
    } else index.shortPrefixes.push(pattern);
  }
  return index;
}
