// School names: "St Mary's Primary", "Oakfield Academy", "oakfield primary". In a small area a
// school identifies a family, so a specific word before a school word is enough; generic ones
// ("Special School", "the local primary", "SEMH school") stay.

import { isEnglish } from '../text/english-words.ts';
import { isAllowed } from './allow-list.ts';
import { FUNCTION_WORDS } from './cues.ts';
import { FIRST_NAMES } from './first-names.ts';
import type { Pass } from './pass.ts';

const TYPE =
  '(?:primary|infants?|juniors?|secondary|high|grammar|academy|school|college|nursery|' +
  'pre-?school|montessori|c\\.?\\s?of\\s?e|ce|rc)';
// Only the school words are matched; the name is found by looking back from them, which is
// cheaper than a pattern that tries a run of words at every position.
const SCHOOL = new RegExp(
  `(?<![\\p{L}\\p{N}])${TYPE}(?:\\s+${TYPE}){0,2}(?![\\p{L}\\p{N}])`,
  'giu',
);
const WORD = /^\p{L}[\p{L}'’.-]*$/u;
const LOOK_BACK = 80;

/** Words that describe a kind of school rather than name one. */
const GENERIC = new Set(
  `new old current previous next local nearest nearby mainstream special specialist independent
  private state free faith church england catholic christian muslim jewish community village
  county council academy school schools primary secondary high junior juniors infant infants
  grammar nursery college sixth form further education autism autistic sen send semh asd sld mld
  fe educational needs home
  pmld hospital forest boarding residential day sunday good great outstanding bad big small
  little different another other same first second one two both all resourced base unit
  alternative provision pupil referral virtual c e ce rc st saint into onto get got go goes going
  went attend attends attended start started help`.split(/\s+/),
);
const FIRST = new Set(FIRST_NAMES);
/** Kind words written between a school's name and "school": "Oakfield special school". */
const QUALIFIERS = new Set(
  `special specialist infant infants junior juniors primary secondary community foundation
  independent free church catholic methodist village`.split(/\s+/),
);

const bare = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\.$/, '');
const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const specific = (w: string) => !GENERIC.has(bare(w)) && !isAllowed(bare(w));
const nameLike = (w: string) => FIRST.has(bare(w)) || (!isEnglish(bare(w)) && !isAllowed(bare(w)));

/**
 * Index in words where the school's own name starts, or -1 when the words name no school.
 * before is the word preceding them in the text, if any.
 */
function nameStart(words: string[], typeCapitalised: boolean, before: string): number {
  let start = words.length;
  let qualified = false;
  // Walk back from the school word over the name: "to St Mary's" stops at "to", "loves oakfield"
  // at "loves", "We Left. Oakfield" at the full stop.
  while (start > 0) {
    const w = words[start - 1] ?? '';
    if (start === words.length - (qualified ? 1 : 0) && QUALIFIERS.has(w.toLowerCase())) {
      qualified = true;
      start--;
      continue;
    }
    if (!/^(?:st\.?|saint)$/i.test(w)) {
      if (FUNCTION_WORDS.has(bare(w)) || w.endsWith('.')) break;
      if (!capitalised(w) && (typeCapitalised || !nameLike(w))) break;
    }
    start--;
  }
  const own = words.slice(start);
  // "Jack's school" is the child's school, not its name (unless it is "St Mary's").
  if (own.length === 1 && /[’']s$/i.test(own[0] ?? '')) return -1;
  if (!own.some(specific)) return -1;
  if (own.some(nameLike)) return start;
  // Only dictionary words ("Meadow School"): a name unless the school word is lower-case ("Forest
  // school") or the words before are in Title Case ("I Love School", "We Want Meadow School").
  const prev = words[start - 1] ?? before;
  const titleCase = prev === 'I' || (capitalised(prev) && !FUNCTION_WORDS.has(bare(prev)));
  // "at Meadow special school": a capitalised name in mid-sentence before a kind of school.
  const midSentence = !!prev && !prev.endsWith('.') && !capitalised(prev);
  const named = qualified ? own.slice(0, -1) : own;
  const namedKind = named.length > 0 && named.every(capitalised) && midSentence;
  return (typeCapitalised && !titleCase) || namedKind ? start : -1;
}

/** Up to four words right before the school word, with the offset of each in the text. */
function wordsBefore(
  text: string,
  at: number,
): { words: string[]; offsets: number[]; before: string } {
  const from = Math.max(0, at - LOOK_BACK);
  const chunks = text.slice(from, at).split(/(\s+)/);
  const words: string[] = [];
  const offsets: number[] = [];
  let end = at;
  let before = '';
  // chunks alternate word, space, word, ...; walk them from the end.
  for (let k = chunks.length - 1; k >= 0; k--) {
    const chunk = chunks[k] ?? '';
    end -= chunk.length;
    if (k % 2 === 1 || chunk === '') continue;
    if (words.length === 4 || !WORD.test(chunk) || (k === 0 && from > 0)) {
      before = chunk;
      break;
    }
    words.unshift(chunk);
    offsets.unshift(end);
  }
  return { words, offsets, before };
}

export const schools: Pass = {
  kind: 'SCHOOL',
  applies: (text) =>
    /primary|infant|junior|secondary|high|grammar|academy|school|college|nursery|montessori/i.test(
      text,
    ),
  pattern: SCHOOL,
  span: (m) => {
    if (!/\s$/.test(m.input.slice(Math.max(0, m.index - 1), m.index))) return null;
    const { words, offsets, before } = wordsBefore(m.input, m.index);
    // "Thornbury High" is a school, "Very High" is not: a lone "High" needs a name-like word.
    const start = nameStart(words, capitalised(m[0]) && !/^high$/i.test(m[0]), before);
    const offset = offsets[start];
    return start < 0 || offset === undefined ? null : [offset - m.index, m[0].length];
  },
};
