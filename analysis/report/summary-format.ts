// The stored summary of a response's free text (report_summaries.summary): what a report needs of
// each analysed answer, written by db/report-summaries.ts with every change to the tags and read by
// a report without JSON.parse or an object per answer.
//
// Format: one line per answer, "<question>\t<flags> <length> <fingerprint> <themes…>" (flags: s
// substantive, g safeguarding, - neither; fingerprint - when there is none), lines joined by
// "\n". "{}" when nothing is analysed. A JSON object of question → the same value is also read, and
// written when a question name holds a tab or a line break.

export interface AnswerSummary {
  substantive: boolean;
  safeguarding: boolean;
  themes: readonly string[];
  /** Length of the redacted text. */
  length: number;
  /** Equal for equal redacted texts; empty when the text is blank or not substantive. */
  fingerprint: string;
}

export const EMPTY_SUMMARY = '{}';

const encodeValue = (a: AnswerSummary) =>
  [
    `${a.substantive ? 's' : ''}${a.safeguarding ? 'g' : ''}` || '-',
    a.length,
    a.fingerprint || '-',
    ...a.themes,
  ].join(' ');

export function encodeSummary(answers: ReadonlyMap<string, AnswerSummary>): string {
  if (answers.size === 0) return EMPTY_SUMMARY;
  const names = [...answers.keys()];
  if (names.some((name) => /[\t\n]/.test(name))) {
    return JSON.stringify(Object.fromEntries([...answers].map(([q, a]) => [q, encodeValue(a)])));
  }
  return [...answers].map(([question, a]) => `${question}\t${encodeValue(a)}`).join('\n');
}

/**
 * Called once per answer, with no object made for it: `themes` is shared between answers with the
 * same themes (see `themeLists`), and the fingerprint is `source.slice(fingerprintStart,
 * fingerprintEnd)`, "-" when blank, sliced only by callers that need it.
 */
export type SummaryVisitor = (
  question: string,
  substantive: boolean,
  safeguarding: boolean,
  length: number,
  themes: readonly string[],
  source: string,
  fingerprintStart: number,
  fingerprintEnd: number,
) => void;

/** The fingerprint a visitor was given ("" for a blank text). */
export function fingerprintOf(source: string, start: number, end: number): string {
  return end - start === 1 && source.charCodeAt(start) === 45 ? '' : source.slice(start, end);
}

/** Names seen in summaries: the same few questions repeat in every row, so each is sliced once. */
export class QuestionNames {
  private readonly known: string[] = [];

  /** The name at `start`, ending at the tab `end`. */
  at(source: string, start: number, end: number, ordinal: number): string {
    const guess = this.known[ordinal];
    if (guess !== undefined && guess.length === end - start && source.startsWith(guess, start)) {
      return guess;
    }
    const name = source.slice(start, end);
    this.known[ordinal] = name;
    return name;
  }
}

/** Reads one value "<flags> <length> <fingerprint> <themes…>" of `text` from `start` to `end`. */
function visitValue(
  question: string,
  text: string,
  start: number,
  end: number,
  visit: SummaryVisitor,
  themeLists: ThemeLists,
) {
  const a = text.indexOf(' ', start);
  const b = text.indexOf(' ', a + 1);
  let c = text.indexOf(' ', b + 1);
  if (c < 0 || c > end) c = end;
  let substantive = false;
  let safeguarding = false;
  for (let i = start; i < a; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 115)
      substantive = true; // s
    else if (ch === 103) safeguarding = true; // g
  }
  let length = 0;
  for (let i = a + 1; i < b; i++) length = length * 10 + text.charCodeAt(i) - 48;
  const themes = themeLists.at(text, c + 1, end);
  visit(question, substantive, safeguarding, length, themes, text, b + 1, c);
}

const NO_THEMES: readonly string[] = [];

/**
 * One shared list per combination of themes: a report reads 100,000 summaries, and most answers
 * repeat a few combinations. Found by a hash of the characters, so a text is sliced only the first
 * time it is seen.
 */
export class ThemeLists {
  private readonly byHash = new Map<number, { text: string; themes: readonly string[] }>();

  at(text: string, start: number, end: number): readonly string[] {
    if (start >= end) return NO_THEMES;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    const known = this.byHash.get(hash);
    if (known && known.text.length === end - start && text.startsWith(known.text, start)) {
      return known.themes;
    }
    const rest = text.slice(start, end);
    const themes = rest.split(' ');
    // A second text with the same hash is not kept: it is sliced each time, still correct.
    if (!known) this.byHash.set(hash, { text: rest, themes });
    return themes;
  }
}

/** Visits each answer of a stored summary; pass the same `themeLists` for every row. */
export function readSummary(
  summary: string,
  visit: SummaryVisitor,
  themeLists: ThemeLists,
  names: QuestionNames = new QuestionNames(),
) {
  if (summary.startsWith('{')) {
    for (const [question, value] of Object.entries(JSON.parse(summary) as Record<string, string>)) {
      visitValue(question, value, 0, value.length, visit, themeLists);
    }
    return;
  }
  let start = 0;
  for (let ordinal = 0; start < summary.length; ordinal++) {
    let end = summary.indexOf('\n', start);
    if (end < 0) end = summary.length;
    const tab = summary.indexOf('\t', start);
    visitValue(names.at(summary, start, tab, ordinal), summary, tab + 1, end, visit, themeLists);
    start = end + 1;
  }
}
