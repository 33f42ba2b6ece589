// Anonymous receipts: a code the parent's page makes and keeps, sent with the answers. The server
// keeps only an HMAC of it under the app secret (server/app-secret.ts), so the database alone can
// neither turn a stored tag back into a code nor check a guessed code offline.
import { createHmac } from 'node:crypto';
import { ALPHABET } from './access-codes.ts';
import { AppError } from './errors.ts';

/** 20 symbols of 32: 100 random bits, written as five groups of four. */
export const RECEIPT_LENGTH = 20;
const RECEIPT_PATTERN = new RegExp(`^[${ALPHABET}]{${RECEIPT_LENGTH}}$`);

/** What the parent typed, as compared: upper case, spaces and hyphens removed. */
export const normaliseReceipt = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');

/** The normalised code, or 400 invalid_receipt for anything that cannot be a receipt. */
export function readReceipt(text: string): string {
  const code = normaliseReceipt(text);
  if (!RECEIPT_PATTERN.test(code)) throw invalidReceipt();
  return code;
}

/** What the database stores of a receipt (the code must already be normalised). */
export function receiptTag(secret: Buffer, code: string): string {
  return createHmac('sha256', secret).update(`receipt:${code}`).digest('hex');
}

export const invalidReceipt = () =>
  new AppError(
    400,
    'invalid_receipt',
    'This does not look like a receipt code. A receipt code has 20 letters and numbers, in five groups of four.',
  );

/** The same answer for a wrong, unknown or withdrawn code: nothing tells them apart. */
export const receiptNotFound = () =>
  new AppError(
    404,
    'receipt_not_found',
    'We could not find answers with this receipt code. Check the code and try again.',
  );

/** A normalised code written as the parent reads it: XXXX-XXXX-XXXX-XXXX-XXXX. */
export const formatReceipt = (code: string) => (code.match(/.{1,4}/g) ?? []).join('-');
