// Finding every codebook term in an answer's tokens.
import type { Token } from '../text/tokens.ts';
import {
  isNumberWord,
  NUMBER_KEY,
  type PatternIndex,
  PREFIX_KEY_LENGTH,
  type TermPattern,
  type WordMatcher,
} from './term-patterns.ts';

export interface TermMatch<T> {
  pattern: TermPattern<T>;
  /** Token positions [start, end). */
  start: number;
  end: number;
}

/** A token as the matcher sees it: its stem may be the stem of a corrected typo. */
export interface MatchToken extends Token {
  corrected?: string;
}

function wordMatches(matcher: WordMatcher, token: MatchToken): boolean {
  switch (matcher.kind) {
    case 'stem':
      return token.stem === matcher.value || token.corrected === matcher.value;
    case 'exact':
      return token.word === matcher.value;
    case 'prefix':
      return (
        token.word.startsWith(matcher.value) ||
        (token.corrected?.startsWith(matcher.value) ?? false)
      );
    case 'any':
      return true;
    case 'number':
      return isNumberWord(token.word);
  }
}

function matchesAt<T>(pattern: TermPattern<T>, tokens: MatchToken[], at: number): boolean {
  if (at + pattern.words.length > tokens.length) return false;
  for (let k = 0; k < pattern.words.length; k++) {
    const matcher = pattern.words[k];
    const token = tokens[at + k];
    if (!matcher || !token || !wordMatches(matcher, token)) return false;
  }
  return true;
}

/** Every pattern whose first word this token could match (may repeat a pattern). */
function collectCandidates<T>(index: PatternIndex<T>, token: MatchToken, out: TermPattern<T>[]) {
  out.length = 0;
  appendAll(out, index.byStem.get(token.stem));
  if (token.corrected && token.corrected !== token.stem)
    appendAll(out, index.byStem.get(token.corrected));
  appendAll(out, index.byExact.get(token.word));
  if (isNumberWord(token.word)) appendAll(out, index.byExact.get(NUMBER_KEY));
  appendAll(out, index.byPrefix.get(token.word.slice(0, PREFIX_KEY_LENGTH)));
  if (token.corrected)
    appendAll(out, index.byPrefix.get(token.corrected.slice(0, PREFIX_KEY_LENGTH)));
  appendAll(out, index.shortPrefixes);
}

function appendAll<T>(out: T[], list: T[] | undefined) {
  if (list) for (const item of list) out.push(item);
}

const NONE: never[] = [];
const CACHE_LIMIT = 50_000;

/**
 * Finds terms in tokens. Answers reuse a small vocabulary, so the patterns each distinct word can
 * start are worked out once and cached with the index.
 */
export function createTermMatcher<T>(index: PatternIndex<T>) {
  const cache = new Map<string, TermPattern<T>[]>();
  const scratch: TermPattern<T>[] = [];

  function startingAt(token: MatchToken): TermPattern<T>[] {
    const key = token.corrected ? `${token.word}\u0000${token.corrected}` : token.word;
    let found = cache.get(key);
    if (found) return found;
    collectCandidates(index, token, scratch);
    // A pattern reached through two keys (stem and typo fix) is matched once.
    found = scratch.length === 0 ? NONE : [...new Set(scratch)];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
    return found;
  }

  return (tokens: MatchToken[]): TermMatch<T>[] => {
    const matches: TermMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as MatchToken;
      for (const pattern of startingAt(token)) {
        if (matchesAt(pattern, tokens, i)) {
          matches.push({ pattern, start: i, end: i + pattern.words.length });
        }
      }
    }
    return matches;
  };
}
