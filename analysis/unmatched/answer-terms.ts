// An answer as the terms grouping compares: stems of its content words and pairs and triples of
// neighbouring content words, each with the words as written, for labelling a group.
import { createRequire } from 'node:module';
import { answerTokens } from '../classifier/answer-stems.ts';
import { capText } from '../text/limits.ts';

const require = createRequire(import.meta.url);
const naturalStopwords = (require('natural/lib/natural/util/stopwords.js') as { words: string[] })
  .words;

// Words every answer of any theme uses: they would join unrelated answers together.
const STOPWORDS = new Set([
  ...naturalStopwords,
  ...['not', 'no', 'need', 'needs', 'would', 'think', 'feel', 'really', 'just', 'get', 'got'],
  ...['lot', 'lots', 'thing', 'things', 'much', 'many', 'us', 'etc'],
]);

/** Little words kept inside a phrase as shown ("hold leaders to account"); others are left out. */
const JOINING = new Set(['to', 'of', 'for', 'and', 'in', 'on', 'the', 'with', 'at', 'from', 'by']);

/** How much of an answer is read: a group is judged on what an answer opens with. */
export const MAX_TERM_CHARS = 1000;
/** Words further apart than this (counting the little words between) do not make a phrase. */
const MAX_SPAN = 4;

export interface AnswerTerms {
  /** Each term ("child" for a stem, "child focus" for a phrase of stems) and how often it occurs. */
  terms: Map<string, number>;
  /** Each term as written, little words included: "hold leader account" is "hold leaders to account". */
  shown: Map<string, string>;
}

// What redaction put in place of a name, school or address is not something the answer says.
const PLACEHOLDER = /\[[A-Z]{2,20}\]/g;

export function answerTerms(text: string): AnswerTerms {
  const tokens = answerTokens(capText(text, MAX_TERM_CHARS).replace(PLACEHOLDER, ' '));
  const content: number[] = [];
  tokens.forEach((t, i) => {
    // Contractions ("we're", "don't") are little words too.
    if (t.word.length > 1 && !STOPWORDS.has(t.word) && !/^\d|'/.test(t.word)) content.push(i);
  });
  const terms = new Map<string, number>();
  const shown = new Map<string, string>();
  const add = (from: number, to: number, parts: number[]) => {
    const key = parts.map((i) => tokens[i]?.stem).join(' ');
    terms.set(key, (terms.get(key) ?? 0) + 1);
    if (!shown.has(key)) {
      shown.set(
        key,
        tokens
          .slice(from, to + 1)
          .filter(
            (t, k) => k === 0 || k === to - from || parts.includes(from + k) || JOINING.has(t.word),
          )
          .map((t) => t.word)
          .join(' '),
      );
    }
  };
  content.forEach((at, n) => {
    add(at, at, [at]);
    const next = content[n + 1];
    if (next !== undefined && next - at < MAX_SPAN) {
      add(at, next, [at, next]);
      const third = content[n + 2];
      if (third !== undefined && third - at < MAX_SPAN + 1) add(at, third, [at, next, third]);
    }
  });
  return { terms, shown };
}

/** Phrases of two or three words, which label a group better than single words. */
export const wordsIn = (term: string) => term.split(' ').length;
