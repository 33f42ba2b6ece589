// The parent's receipt code, made in the browser from crypto randomness: 20 characters from the
// access codes' alphabet (no 0, O, 1 or I), 100 bits, read as five groups of four.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 20;

/** A new code such as "K7QM-3TXA-…"; each byte's low 5 bits pick one of 32 symbols evenly. */
export function newReceiptCode(random = (n: number) => crypto.getRandomValues(new Uint8Array(n))) {
  const bytes = random(LENGTH);
  return formatReceipt(Array.from(bytes, (b) => ALPHABET[b & 31]).join(''));
}

/** What was typed, as the server compares it: upper case, without spaces or hyphens. */
export const normaliseReceipt = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');

export const isReceiptCode = (text: string) =>
  new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normaliseReceipt(text));

export const formatReceipt = (code: string) =>
  (normaliseReceipt(code).match(/.{1,4}/g) ?? []).join('-');

const previousKey = (slug: string) => `send-voice:previous-receipt:${slug}`;

/** Kept on this device only, for the next survey of a series: sent with those answers. */
export function rememberPreviousReceipt(slug: string, code: string) {
  try {
    window.localStorage.setItem(previousKey(slug), formatReceipt(code));
  } catch {
    // Storage may be off; the answers are then sent unlinked.
  }
}

export function previousReceiptFor(slug: string): string | undefined {
  try {
    return window.localStorage.getItem(previousKey(slug)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function forgetPreviousReceipt(slug: string) {
  try {
    window.localStorage.removeItem(previousKey(slug));
  } catch {
    // See rememberPreviousReceipt.
  }
}
