// How much of an answer analysis reads. Every step (tokens, redaction, sentiment, safeguarding,
// the model) is linear in these, so one hostile answer costs at most a few milliseconds.

/** The longest answer the server accepts by default (MAX_ANSWER_CHARS); analysis reads no more. */
export const MAX_ANSWER_CHARS = 20_000;

/** A question's name and wording, read only for what it asks about. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * Longer "words" are noise (a pasted hash, a held-down key): English words stop well short of
 * this, and stemming or typo-correcting them costs time quadratic in their length.
 */
export const MAX_WORD_LENGTH = 40;

/** The first `max` characters, without splitting an emoji or other surrogate pair in two. */
export function capText(text: string, max: number = MAX_ANSWER_CHARS): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}
