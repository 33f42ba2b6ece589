// Contact details: emails, web addresses and handles, UK phone numbers, NHS numbers, postcodes.
// Every pattern starts at a boundary (a look-behind) so a long run of letters or digits is scanned
// once, not once per character: hostile input must not make redaction slow.
import type { Pass } from './pass.ts';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// Top-level domains seen in UK answers; ".in", ".me" or ".be" alone are left out because
// "them.in the end" (a missed space) is commoner than a web address ending that way.
const TLD = 'com|org|net|uk|gov|edu|io|info|biz|co|tv|ly|app|dev|ie|eu|ca|au|nz|ai|gl|site|online';
const URL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}@./-])(?:https?://[^\\s<>"]+|www\\.[^\\s<>"]+|` +
    `(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:${TLD})(?![\\p{L}\\p{N}-])(?:/[^\\s<>"]*)?)`,
  'giu',
);
const TRAILING = /[.,;:!?)\]'"’”]+$/;

// Digits with at most one space or dash between them, however they are grouped ("07700 900123",
// "077 009 00123", "0161-496-0000"); the digit count is checked afterwards. Dots are left out so a
// timetable ("09.30 10.30 11.30") is not a phone number.
const DIGITS = (n: string) => `\\d(?:[ -]?\\d){${n}}`;
const PHONE = new RegExp(
  `(?<![\\d+])(?:(?:\\+|00)\\s?44\\s?(?:\\(0\\)\\s?)?${DIGITS('8,9')}` +
    `|\\(0\\d{2,4}\\)\\s?${DIGITS('4,7')}|0${DIGITS('8,9')})(?!\\d)`,
  'g',
);

/** 10 digits, alone or as 3-3-4: NHS numbers, and anything shaped like one. */
const NHS = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;

// Outward code (area letters, district) and inward code (sector digit, unit letters, which never
// use C, I, K, M, O or V, so "Y6 4pm" is not a postcode).
const POSTCODE =
  /(?<![\p{L}\p{N}])([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;
// "Y6 2nd term" has the shape of a postcode; a lower-case ordinal is not one.
const ORDINAL = /^\d(?:st|nd|rd|th)$/;

function phoneDigitsOk(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  if (/^\s*(?:\+|00)/.test(match)) {
    const national = digits.replace(/^(?:00)?44/, '').replace(/^0/, '');
    return national.length >= 9 && national.length <= 10;
  }
  return digits.length >= 10 && digits.length <= 11;
}

export const emails: Pass = {
  kind: 'EMAIL',
  applies: (text) => text.includes('@'),
  pattern: EMAIL,
};

/** Social media handles ("@jackmum"): an address online, so redacted like a link. */
export const handles: Pass = {
  kind: 'URL',
  applies: (text) => text.includes('@'),
  pattern: /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu,
};

export const urls: Pass = {
  kind: 'URL',
  // A full stop followed by a space is a sentence; a link needs a dot between two letters.
  applies: (text) => text.includes('.') && /[\p{L}\p{N}]\.\p{L}|:\/\//u.test(text),
  pattern: URL_PATTERN,
  // A sentence's full stop or a closing bracket after a link is not part of it.
  span: (m) => [0, m[0].length - (TRAILING.exec(m[0])?.[0].length ?? 0)],
};

export const phones: Pass = {
  kind: 'PHONE',
  applies: (text) => /\d{3}/.test(text),
  pattern: PHONE,
  span: (m) => (phoneDigitsOk(m[0]) ? [0, m[0].length] : null),
};

export const nhsNumbers: Pass = {
  kind: 'NHS_NUMBER',
  applies: (text) => /\d{3}/.test(text),
  pattern: NHS,
};

export const postcodes: Pass = {
  kind: 'POSTCODE',
  applies: (text) => /\d/.test(text),
  pattern: POSTCODE,
  span: (m) => (ORDINAL.test(m[2] ?? '') ? null : [0, m[0].length]),
};
