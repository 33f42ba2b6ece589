// Splits an answer into the words the name rules look at, knowing for each whether it starts a
// sentence and whether its sentence is written in Title Case or capitals (where capitals say
// nothing about names).
import { ABBREVIATIONS, FUNCTION_WORDS } from './cues.ts';

export interface Token {
  /** Start of the word and end of it without a possessive "'s". */
  start: number;
  end: number;
  text: string;
  /** Lower-case, straight apostrophes, no possessive. */
  lower: string;
  /** A letter word (not a number, not a marker left by an earlier pass). */
  word: boolean;
  /** Starts with a capital, not all capitals. */
  cap: boolean;
  /** All capitals, two letters or more. */
  upper: boolean;
  /** First word of a sentence, line, bullet or clause after a colon. */
  initial: boolean;
  /** Its sentence is mostly capitalised words ("I Am So Tired", "NOBODY LISTENS AND NOBODY CARES"). */
  titled: boolean;
  /** Text between the previous token and this one. */
  gap: string;
  /** Followed by a possessive "'s" ("Jack's", "M's"). */
  possessive: boolean;
}

const TOKEN =
  /\[(?:NAME|EMAIL|PHONE|POSTCODE|NHS_NUMBER|ADDRESS|URL|DATE|SCHOOL)\]|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const BREAK = /[\n!?…;:•]|\p{Extended_Pictographic}/u;
const POSSESSIVE = /['’][sS]$/;
const LETTER = /^\p{L}/u;

/** 1 for an upper-case letter, 0 for another letter, -1 for anything else (digit, "[", mark). */
function letterCase(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return 0;
  if (c >= 65 && c <= 90) return 1;
  if (c < 128 || !LETTER.test(ch)) return -1;
  return ch !== ch.toLowerCase() ? 1 : 0;
}

function endsSentence(gap: string, prev: Token | undefined): boolean {
  if (!prev) return true;
  if (BREAK.test(gap)) return true;
  if (!gap.includes('.')) return false;
  return !(prev.word && (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower)));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const sentenceStarts: number[] = [];
  let prev: Token | undefined;
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let core = m[0];
    const full = start + core.length;
    const possessive =
      core.length > 2 && (core.endsWith('s') || core.endsWith('S')) && POSSESSIVE.test(core);
    if (possessive) core = core.slice(0, -2);
    const headCase = letterCase(core);
    const word = headCase >= 0;
    const headUpper = headCase === 1;
    const upper = headUpper && core.length > 1 && core === core.toUpperCase();
    const gap = start === prevEnd ? '' : text.slice(prevEnd, start);
    const initial = gap === ' ' && prev ? false : endsSentence(gap, prev);
    if (initial) sentenceStarts.push(tokens.length);
    let lower = core.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    const token: Token = {
      start,
      end: start + core.length,
      text: core,
      lower,
      word,
      cap: headUpper && !upper,
      upper,
      initial,
      titled: false,
      gap,
      possessive,
    };
    tokens.push(token);
    prev = token;
    prevEnd = full;
  }
  markTitled(tokens, sentenceStarts);
  return tokens;
}

/**
 * Flags sentences of three or more words where at least 60% start with a capital and a function
 * word in mid-sentence does too ("I Am So Tired", "Not Worth The Paper"): a sentence dense with
 * names ("Dr J. Smith and Mrs Brown") capitalises its names, not its "and".
 */
function markTitled(tokens: Token[], sentenceStarts: number[]): void {
  for (let s = 0; s < sentenceStarts.length; s++) {
    const from = sentenceStarts[s] ?? 0;
    const to = sentenceStarts[s + 1] ?? tokens.length;
    let words = 0;
    let capitals = 0;
    let capitalFunctionWord = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (!t?.word || t.text.length < 2) continue;
      words++;
      if (!t.cap && !t.upper) continue;
      capitals++;
      if (i > from && FUNCTION_WORDS.has(t.lower)) capitalFunctionWord = true;
    }
    if (words >= 3 && capitals >= words * 0.6 && capitalFunctionWord) {
      for (let i = from; i < to; i++) {
        const t = tokens[i];
        if (t) t.titled = true;
      }
    }
  }
}
