// Random secrets handed to clients (session cookies, API tokens, reset links) and how they are
// stored: only a SHA-256, which is enough for 256-bit random values and cheap to look up.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newSecret = (prefix = '') => `${prefix}${randomBytes(32).toString('base64url')}`;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Compares two strings without leaking, through timing, how much of them matches. */
export function safeEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

/** E-mails are compared and stored lower-cased and trimmed. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
