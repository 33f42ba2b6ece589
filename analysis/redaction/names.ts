// Finds people's names. Three kinds of evidence, strongest first: a cue (title, "my son",
// "the SENCO"), a known first name, and a capitalised word in mid-sentence that is neither common
// English nor on the allow-list. Capitals at the start of a sentence, in Title Case sentences or
// in shouting say little, so there only cues and known names count.

import { isEnglish } from '../text/english-words.ts';
import { isAllowedLower as isAllowed } from './allow-list.ts';
import {
  BEFORE_MISS_VERB,
  FAMILY_CUES,
  FUNCTION_WORDS,
  NAMING_CUES,
  PERSON_VERBS,
  ROLE_CUES,
  ROLE_LINKS,
  TITLES,
  WORDLIKE_TITLES,
} from './cues.ts';
import { FIRST_NAMES, WORD_NAMES } from './first-names.ts';
import type { Token } from './name-tokens.ts';

const KINDS = new Map<string, 'first' | 'word'>([
  ...WORD_NAMES.map((name) => [name, 'word'] as const),
  ...FIRST_NAMES.map((name) => [name, 'first'] as const),
]);
const CUES = new Set([...FAMILY_CUES, ...NAMING_CUES, ...ROLE_CUES]);
// One run of spaces before the optional comma or dash: two adjacent runs backtrack quadratically.
const JOINED = /^[^\S\n]*(?:[,–-][^\S\n]*)?$/;
const SPACED = /^\.? ?\s*$/;

type NameKind = 'first' | 'word' | undefined;

function nameKind(lower: string): NameKind {
  const kind = KINDS.get(lower);
  if (kind || !lower.includes('-')) return kind;
  // "Mary-Jane", "Ellie-Mae": one known part makes it a name.
  return lower.split('-').some((part) => KINDS.get(part) === 'first') ? 'first' : undefined;
}

const unknown = (t: Token) => !isEnglish(t.lower) && !isAllowed(t.lower);
const capital = (t: Token | undefined) => !!t && (t.cap || t.upper);

function afterCue(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.word) return false;
  const p = prev.lower;
  const before = tokens[i - 2]?.lower;
  const cued =
    CUES.has(p) || (p === 'is' && before === 'name') || (p === 'as' && before === 'known');
  const gap = tokens[i]?.gap ?? '';
  return cued && (gap === ' ' || JOINED.test(gap));
}

function beforeRole(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.word) return false;
  if (ROLE_CUES.has(next.lower)) return /[(,]/.test(next.gap);
  return ROLE_LINKS.has(next.lower) && ROLE_CUES.has(tokens[i + 2]?.lower ?? '');
}

function nextIsPersonVerb(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    !!next?.word &&
    !next.cap &&
    !next.upper &&
    PERSON_VERBS.has(next.lower) &&
    /^\s+$/.test(next.gap)
  );
}

/** A capitalised ordinary word next to this one: "Disabled Facilities Grant", "Ed Psych". */
function inCapitalisedPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const ordinary = (n: Token) => n.word && (n.cap || n.upper) && !nameKind(n.lower) && !unknown(n);
  // "I Will not give up": after "I" a capital is emphasis, not a name. A capital that only starts
  // the sentence ("Contact Jo Bloggs") makes no phrase.
  const before =
    !!prev &&
    t?.gap === ' ' &&
    !t.initial &&
    (prev.text === 'I' || (!prev.initial && ordinary(prev)));
  return before || (!!next && next.gap === ' ' && next.text.length > 1 && ordinary(next));
}

/** Whether a title ("Mrs", "dr") at i is followed by the name it introduces. */
export function titleTakesName(tokens: Token[], i: number): boolean {
  const title = tokens[i];
  const n = tokens[i + 1];
  if (!title?.word || !TITLES.has(title.lower) || !n?.word || !SPACED.test(n.gap)) return false;
  if (title.lower === 'miss' && BEFORE_MISS_VERB.has(tokens[i - 1]?.lower ?? '')) return false;
  // "Miss", "Dr" and "Sir" are also ordinary words ("I miss School", "the dr said"): there only a
  // name-like word counts, unless the title meets a capitalised word outside Title Case.
  const wordlike = WORDLIKE_TITLES.has(title.lower) && (title.titled || title.lower === 'miss');
  if (capital(n) && !(wordlike && (!title.cap || title.titled)))
    return !FUNCTION_WORDS.has(n.lower);
  if (WORDLIKE_TITLES.has(title.lower) || capital(n))
    return nameKind(n.lower) === 'first' || unknown(n);
  return !FUNCTION_WORDS.has(n.lower) && !isAllowed(n.lower);
}

/** Marks the tokens that are (part of) a person's name. */
export function markNames(tokens: Token[]): boolean[] {
  const marks = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.word || marks[i]) continue;
    if (titleTakesName(tokens, i)) {
      marks[i] = marks[i + 1] = true;
      i++;
      continue;
    }
    marks[i] = isName(tokens, i, marks[i - 1] ?? false);
  }
  return marks;
}

function isName(tokens: Token[], i: number, prevIsName: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.text.length === 1) return isInitial(tokens, i);
  const kind = nameKind(t.lower);
  if (afterCue(tokens, i)) {
    if (kind) return true;
    if (isAllowed(t.lower)) return false;
    // "The Portage worker, Deb, was amazing": a capitalised word set off by commas is a name.
    return !isEnglish(t.lower) || (t.cap && t.gap.includes(',') && !FUNCTION_WORDS.has(t.lower));
  }
  if (kind === 'first') return !isAllowed(t.lower);
  // Lower case and capitals carry no signal beyond the cues and known names above.
  if (!t.cap) return false;
  // A capitalised word right after a name is a surname: "Sarah Brown", "Dr J. Smith".
  if (prevIsName && SPACED.test(t.gap) && !t.titled && !FUNCTION_WORDS.has(t.lower)) return true;
  if (isAllowed(t.lower)) return false;
  if (beforeRole(tokens, i) && (kind || unknown(t))) return true;
  if (kind === 'word') {
    if (t.initial) return nextIsPersonVerb(tokens, i);
    return !t.titled && !inCapitalisedPhrase(tokens, i);
  }
  if (!isEnglish(t.lower)) return !t.initial || nextIsPersonVerb(tokens, i) || alone(tokens, i);
  return false;
}

/** A word that is a sentence or line by itself, as a signature is: "Thanks for listening\n- Becca". */
function alone(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.initial;
}

/**
 * "J Smith", "J. Okafor": a capital letter, not "A" or "I", before a capitalised word. Surnames
 * are often dictionary words, so any word but a function word or an allowed one counts; the cost
 * is the odd "Plan B [NAME]".
 */
function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t || !n?.cap || !/^\p{Lu}$/u.test(t.text) || t.text === 'A' || t.text === 'I') return false;
  if (t.titled || !/^\.?\s+$/.test(n.gap)) return false;
  return !FUNCTION_WORDS.has(n.lower) && !isAllowed(n.lower);
}
