// Officers may publish a shorter part of an approved answer (parents were promised "short parts"),
// but never words the parent did not write: a shortened quote is one or more whole-word excerpts of
// the redacted answer, in order, joined by " … ". Redaction markers are kept whole, so a cut can
// neither reveal nor invent anything. Checked when approved and again whenever a report is built,
// since re-tagging may redact an answer afresh.

export const EXCERPT_JOIN = ' … ';

const SEPARATOR = /\s*(?:…|\.\.\.)\s*/u;
const MARKER = /\[[A-Z_]+\]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Spans [from, to) of the redaction markers in a text. */
function markerSpans(text: string): [number, number][] {
  return [...text.matchAll(MARKER)].map((m) => [m.index, m.index + m[0].length]);
}

function cutsWord(text: string, at: number): boolean {
  return (
    at > 0 &&
    at < text.length &&
    WORD_CHAR.test(text[at - 1] ?? '') &&
    WORD_CHAR.test(text[at] ?? '')
  );
}

/**
 * The shortened quote in its stored form (whitespace collapsed, parts joined by " … "), or null
 * when it is not made only of whole-word parts of the redacted answer, in order.
 */
export function excerptOf(shortened: string, redacted: string): string | null {
  const source = collapse(redacted);
  const parts = collapse(shortened)
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const markers = markerSpans(source);
  const insideMarker = (at: number) => markers.some(([from, to]) => at > from && at < to);
  let pos = 0;
  for (const part of parts) {
    let at = source.indexOf(part, pos);
    // The first place the part fits whole words; a later one may when an earlier cuts a word.
    while (at >= 0) {
      const end = at + part.length;
      const whole = !cutsWord(source, at) && !cutsWord(source, end);
      if (whole && !insideMarker(at) && !insideMarker(end)) break;
      at = source.indexOf(part, at + 1);
    }
    if (at < 0) return null;
    pos = at + part.length;
  }
  return parts.join(EXCERPT_JOIN);
}

/**
 * The words a report publishes for an approved answer: the officer's excerpt when there is one,
 * null when the answer no longer holds it (redacted afresh since): then nothing is published
 * rather than words nobody approved.
 */
export function approvedWords(redacted: string, excerpt: string | undefined): string | null {
  return excerpt === undefined ? redacted : excerptOf(excerpt, redacted);
}
