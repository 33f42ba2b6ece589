// Street addresses and dates of birth. A house number and a street word are both needed, and
// the words between them must read like a street name, so "2 years down the road" stays.
import type { Pass } from './pass.ts';

const STREET =
  'road|rd|street|st|lane|ln|avenue|ave|close|cl|drive|dr|way|crescent|cres|court|ct|place|pl|' +
  'gardens|gdns|grove|terrace|hill|park|row|walk|square|sq|mews|view|rise|green|mount|parade|' +
  'vale|fields|meadows?|wharf|yard|bank|croft|chase|gate|heights|villas|cottages';
/** Street words that are not also everyday lower-case words ("the schools close", "a long walk"). */
const LOWER_CASE_STREET =
  /^(?:road|rd|street|lane|avenue|ave|crescent|cres|grove|gardens|terrace|mews)$/;

const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:flat|apartment|apt|unit)\\.?\\s*\\d{1,4}[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+` +
    `((?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+)\\s+(${STREET})\\.?(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Words that never name a street: they make "2 years down the road" or "20 minute drive". */
const NOT_STREET_NAME = new Set(
  `the a an of in on to at up down along from into my our his her their your this that same other
  more year years yr yrs week weeks day days month months hour hours hr hrs min mins minute minutes
  mile miles time times km metres meters long short whole different way and or but point side
  sided pound pounds percent school schools kids children ways lane lanes`.split(/\s+/),
);

const capitalised = (w: string) => /^\p{Lu}/u.test(w);

export const addresses: Pass = {
  kind: 'ADDRESS',
  applies: (text) => /\d/.test(text),
  pattern: ADDRESS,
  span: (m) => {
    const words = (m[1] ?? '').split(/\s+/);
    const street = m[2] ?? '';
    if (words.some((w) => NOT_STREET_NAME.has(w.toLowerCase()))) return null;
    const formal = capitalised(street) && words.every(capitalised);
    return formal || LOWER_CASE_STREET.test(street.toLowerCase()) ? [0, m[0].length] : null;
  },
};

/** "we live on Elm Road": a capitalised street name without a number still places a family. */
const NAMED_STREET =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:Road|Street|Lane|Avenue|Crescent|Grove|Gardens|Terrace|Mews)(?![\p{L}\p{N}])/gu;
const FUNCTION_START =
  /^(?:(?:The|This|That|Our|My|Your|His|Her|Their|A|An|Any|Every|Each|One|No|Which|What|In|On|At|To|From|Off|Near|Down|Up|Along|Of)\s+)+/;

export const namedStreets: Pass = {
  kind: 'ADDRESS',
  applies: (text) => /(?:Road|Street|Lane|Avenue|Crescent|Grove|Gardens|Terrace|Mews)/.test(text),
  pattern: NAMED_STREET,
  span: (m) => {
    const prefix = FUNCTION_START.exec(m[0])?.[0].length ?? 0;
    const rest = m[0].slice(prefix);
    return /\s/.test(rest) ? [prefix, m[0].length] : null;
  },
};

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|' +
  'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE =
  `(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{2,4})?` +
  `|${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4})`;
const BIRTH_DATE = new RegExp(
  `(?<![\\p{L}])(?:born|dob|d\\.o\\.b\\.?|date\\s+of\\s+birth|birthday|b'?day|turned\\s+\\d{1,2})` +
    `(?:\\s*(?:is|was|:|-|=))?\\s*(?:(?:on|in)\\s+)?(?:the\\s+)?(${DATE})(?![\\p{L}\\p{N}])`,
  'giu',
);

export const birthDates: Pass = {
  kind: 'DATE',
  applies: (text) => /\d/.test(text) && /born|dob|d\.o\.b|birth|b'?day|turned/i.test(text),
  pattern: BIRTH_DATE,
  // Keep "born" and redact the date: the quote still reads, the birthday is gone.
  span: (m) => [m[0].length - (m[1]?.length ?? 0), m[0].length],
};

// A whole date, day, month and year ("12/09/2019", "3rd May 2016"), in the sentence of a name
// dates one event in that child's life as exactly as a birthday does ("On 12/09/2019 [NAME] was
// diagnosed"). Elsewhere it stays ("plan issued 01/02/2023"), as does a month and year.
const FULL_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-])(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})` +
    `|${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4})(?![\\p{L}\\p{N}/.\\-])`,
  'giu',
);

/**
 * The sentence around [from, to), looking at most 300 characters either way: a long run of dates
 * must not make each one scan the whole answer.
 */
function sentenceAround(text: string, from: number, to: number): string {
  const lo = Math.max(0, from - 300);
  const before = text.slice(lo, from);
  const start = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('? '),
    0,
  );
  const ahead = text.slice(to, to + 300);
  const after = ahead.search(/[.?!](?:\s|$)|\n/);
  return before.slice(start) + text.slice(from, to) + (after < 0 ? ahead : ahead.slice(0, after));
}

/** Runs after names are redacted: it looks for their markers. */
export const datesNearNames: Pass = {
  kind: 'DATE',
  applies: (text) => /\d/.test(text) && text.includes('[NAME]'),
  pattern: FULL_DATE,
  span: (m) =>
    sentenceAround(m.input, m.index, m.index + m[0].length).includes('[NAME]')
      ? [0, m[0].length]
      : null,
};
