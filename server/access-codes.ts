// Access codes: random, easy to read out and type, and stored only as hashes.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { AppError } from './errors.ts';

// 32 symbols, without 0/O and 1/I which are easily confused on paper.
export const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

/** A new code such as "K7QM-3TXA" (40 random bits; the hyphen is only for reading). */
export function newAccessCode(): string {
  const bytes = randomBytes(LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What the parent typed, as stored: upper case, spaces and hyphens removed. */
export function normaliseAccessCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/** Salted with the survey, so equal codes of two surveys never share a hash. */
export function hashAccessCode(surveyId: string, code: string): string {
  return createHash('sha256')
    .update(`${surveyId}:${normaliseAccessCode(code)}`)
    .digest('hex');
}

/**
 * What the database keeps of a code once a response has used it: an HMAC under the server's
 * secret, which lives outside the database. Stored in the response's own commit, it cannot be
 * matched to a family's code (or to the code's row) by anyone holding only the database files.
 */
export function spentCodeTag(secret: Buffer, surveyId: string, code: string): string {
  return createHmac('sha256', secret)
    .update(`access-code:${surveyId}:${normaliseAccessCode(code)}`)
    .digest('hex');
}

/** What the database can check of a code: whether it was issued (hash), whether it is used (tag). */
export function accessCodeKeys(secret: Buffer, surveyId: string, code: string) {
  return { hash: hashAccessCode(surveyId, code), spentTag: spentCodeTag(secret, surveyId, code) };
}

export const accessCodeInvalid = () =>
  new AppError(
    403,
    'access_code_invalid',
    'This access code is not right, or it has already been used. Check the code you were given.',
  );
