// Redaction of free text that leaves the system as a quote. Answers are anonymous, but parents
// write their child's name, the SENCO's, their street and phone number into them; a published
// quote must carry none of that. Over-redaction is preferred to a leak, as long as the quote
// still reads: markers replace the identifying words and everything else is kept as typed.
import { addresses, birthDates, datesNearNames, namedStreets } from './address-patterns.ts';
import { emails, handles, nhsNumbers, phones, postcodes, urls } from './contact-patterns.ts';
import { tokenize } from './name-tokens.ts';
import { markNames } from './names.ts';
import { applyPass, type Pass, type Redaction } from './pass.ts';
import { schools } from './schools.ts';

export { ALLOW_LIST } from './allow-list.ts';
export { FIRST_NAMES, WORD_NAMES } from './first-names.ts';
export type { Redaction, RedactionKind } from './pass.ts';

export interface RedactionResult {
  text: string;
  /**
   * What was replaced, pattern kinds first (emails, URLs, ...), then names in reading order, then
   * whole dates in a sentence with a name.
   */
  found: Redaction[];
}

// Order matters: emails before URLs (an email holds a domain), phones before NHS numbers (a
// 10-digit number starting with 0 is a phone), numbers before addresses and names.
const PASSES: readonly Pass[] = [
  emails,
  handles,
  urls,
  phones,
  nhsNumbers,
  postcodes,
  birthDates,
  addresses,
  namedStreets,
  schools,
];

/** Replaces names, contact details, addresses and schools with markers such as "[NAME]". */
export function redact(text: string): string {
  return redactDetailed(text).text;
}

export function redactDetailed(text: string): RedactionResult {
  const found: Redaction[] = [];
  let out = text;
  for (const pass of PASSES) out = applyPass(out, pass, found);
  out = redactNames(out, found);
  return { text: applyPass(out, datesNearNames, found), found };
}

/** Name runs ("Mrs Patel", "Dr J. Smith") become one marker; a possessive "'s" is kept. */
function redactNames(text: string, found: Redaction[]): string {
  const tokens = tokenize(text);
  const marks = markNames(tokens);
  let out = '';
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !marks[i]) continue;
    let last = first;
    for (let next = tokens[i + 1]; next && marks[i + 1]; next = tokens[i + 1]) {
      if (!/^\.?[^\S\n]*$/.test(text.slice(last.end, next.start))) break;
      i++;
      last = next;
    }
    found.push({ kind: 'NAME', original: text.slice(first.start, last.end) });
    out += `${text.slice(pos, first.start)}[NAME]`;
    pos = last.end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
