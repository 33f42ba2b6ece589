// Finds people's names. Three kinds of evidence, strongest first: a cue (title, "my son",
// "the SENCO"), a known first name, and a capitalised word in mid-sentence that is neither common
// English nor on the allow-list. Capitals at the start of a sentence, in Title Case sentences or
// in shouting say little, so there only cues and known names count.

import { isEnglish } from '../text/english-words.ts';
import { isAllowedLower as isAllowed } from './allow-list.ts';
import {
  BEFORE_MISS_VERB,
  DETERMINERS,
  FAMILY_CUES,
  FUNCTION_WORDS,
  LETTER_LABELS,
  MODAL_NAMES,
  NAMING_CUES,
  PERSON_VERBS,
  ROLE_CUES,
  ROLE_LINKS,
  STRONG_PERSON_VERBS,
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

function nextIsPersonVerb(tokens: Token[], i: number, verbs = PERSON_VERBS): boolean {
  const next = tokens[i + 1];
  return (
    !!next?.word && !next.cap && !next.upper && verbs.has(next.lower) && /^\s+$/.test(next.gap)
  );
}

/** "Hope and patience" is a sentence about hope; "Grace and I went" is about Grace. */
function personAnd(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'and') return false;
  const after = tokens[i + 2];
  return !!after && (after.text === 'I' || after.lower === 'me' || after.lower === 'his');
}

/** Person evidence strong enough for a word that opens its sentence. */
const actsAsPerson = (tokens: Token[], i: number) =>
  !!tokens[i]?.possessive ||
  nextIsPersonVerb(tokens, i, STRONG_PERSON_VERBS) ||
  personAnd(tokens, i);

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
  // "a MS school" is a mainstream school: a shouted title before a lower-case word needs a name.
  if (WORDLIKE_TITLES.has(title.lower) || capital(n) || title.upper)
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
  markRepeats(tokens, marks);
  return marks;
}

/**
 * A word taken as a name in mid-sentence is the same name where it opens a sentence: "Tobias
 * loves trains. Trains calm Tobias." Only capitalised marks spread, so "my son will" does not
 * make every "will" a name.
 */
function markRepeats(tokens: Token[], marks: boolean[]): void {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    if (marks[i] && t.cap && !t.initial && !t.titled && t.text.length > 1 && !isAllowed(t.lower))
      names.add(t.lower);
  });
  if (names.size === 0) return;
  tokens.forEach((t, i) => {
    if (!marks[i] && t.cap && !t.titled && names.has(t.lower)) marks[i] = true;
  });
}

function isName(tokens: Token[], i: number, prevIsName: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.text.length === 1) return isInitial(tokens, i) || isLoneInitial(tokens, i);
  const kind = nameKind(t.lower);
  if (afterCue(tokens, i)) {
    // "my son will have to wait": a lower-case modal followed by a word is the verb.
    if (kind === 'word' && !t.cap && MODAL_NAMES.has(t.lower) && tokens[i + 1]?.gap === ' ')
      return false;
    if (kind) return true;
    if (isAllowed(t.lower)) return false;
    // "The Portage worker, Deb, was amazing": a capitalised word set off by commas is a name.
    return !isEnglish(t.lower) || (t.cap && t.gap.includes(',') && !FUNCTION_WORDS.has(t.lower));
  }
  if (kind === 'first') return !isAllowed(t.lower);
  // Lower case and capitals carry no signal beyond the cues and known names above.
  if (!t.cap) return false;
  // "DS isn't the first": the family words parents abbreviate are not names themselves.
  if (FAMILY_CUES.has(t.lower)) return false;
  // A capitalised word right after a name is a surname: "Sarah Brown", "Dr J. Smith".
  if (prevIsName && SPACED.test(t.gap) && !t.titled && !FUNCTION_WORDS.has(t.lower)) return true;
  if (isAllowed(t.lower)) return false;
  if (beforeRole(tokens, i) && (kind || unknown(t))) return true;
  if (kind === 'word') {
    if (t.initial) return actsAsPerson(tokens, i);
    return !t.titled && !inCapitalisedPhrase(tokens, i);
  }
  if (!isEnglish(t.lower)) {
    if (beforeBody(tokens, i)) return false;
    return !t.initial || nextIsPersonVerb(tokens, i) || actsAsPerson(tokens, i) || alone(tokens, i);
  }
  return isDictionaryName(tokens, i);
}

/** "Zephyr was born", "on Monday Zephyr started": a dictionary word used as a name. */
function isDictionaryName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.titled || FUNCTION_WORDS.has(t.lower) || /^i'/.test(t.lower)) return false;
  if (t.initial) return tokens[i + 1]?.lower === 'was' && tokens[i + 2]?.lower === 'born';
  const prev = tokens[i - 1];
  // After a lower-case word, a number or a date word ("on 3 March Zephyr started"), not after
  // "the" ("the Transport was late") or a capitalised phrase ("Care Plan was").
  const prevFits =
    !prev?.word ||
    (!prev.cap && !prev.upper && !DETERMINERS.has(prev.lower)) ||
    (prev.cap && isAllowed(prev.lower) && !ROLE_CUES.has(prev.lower));
  return prevFits && nextIsPersonVerb(tokens, i, STRONG_PERSON_VERBS);
}

/** "Devon County Council", "Kent PACT": a place before a public body names the body. */
const BODIES = new Set(['council', 'county', 'borough', 'city', 'pact', 'nhs', 'camhs', 'icb']);
function beforeBody(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.gap === ' ' && (next.cap || next.upper) && BODIES.has(next.lower);
}

/** A word that is a sentence or line by itself, as a signature is: "Thanks for listening\n- Becca". */
function alone(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || next.initial;
}

/**
 * "at the review M was called disruptive", "M's plan": a lone capital letter standing for a child,
 * but not "I", "a" or a label ("Plan B was rejected").
 */
function isLoneInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\p{Lu}$/u.test(t.text) || t.text === 'A' || t.text === 'I' || t.titled) return false;
  if (LETTER_LABELS.has(tokens[i - 1]?.lower ?? '')) return false;
  // "B) she was not in charge": a list label.
  if (/^[).]/.test(tokens[i + 1]?.gap ?? '')) return false;
  if (afterCue(tokens, i)) return true;
  return t.possessive || nextIsPersonVerb(tokens, i, STRONG_PERSON_VERBS);
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
