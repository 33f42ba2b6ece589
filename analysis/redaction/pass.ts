// One pattern-based redaction step: a regular expression, a cheap test that skips it for answers
// it cannot match, and a way to redact only part of a match or reject it.

export type RedactionKind =
  | 'NAME'
  | 'EMAIL'
  | 'PHONE'
  | 'POSTCODE'
  | 'NHS_NUMBER'
  | 'ADDRESS'
  | 'URL'
  | 'DATE'
  | 'SCHOOL';

export interface Redaction {
  kind: RedactionKind;
  /** The text that was replaced. */
  original: string;
}

export interface Pass {
  kind: RedactionKind;
  /** False when the pattern cannot match, so the answer skips it (most answers skip most passes). */
  applies(text: string): boolean;
  /** Global regular expression. */
  pattern: RegExp;
  /**
   * The part of a match to redact, as [from, to) relative to its start (from may be negative to
   * take in words before it), or null to leave the match alone.
   */
  span?(match: RegExpExecArray): readonly [number, number] | null;
}

export function applyPass(text: string, pass: Pass, found: Redaction[]): string {
  if (!pass.applies(text)) return text;
  let out = '';
  let pos = 0;
  // exec on the shared pattern rather than matchAll, which copies the regular expression on
  // every call: that copy cost more than the matching itself.
  const pattern = pass.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const span = pass.span ? pass.span(m) : [0, m[0].length];
    if (!span || span[1] <= span[0]) continue;
    const from = m.index + span[0];
    const to = m.index + span[1];
    if (from < pos) continue;
    found.push({ kind: pass.kind, original: text.slice(from, to) });
    out += `${text.slice(pos, from)}[${pass.kind}]`;
    pos = to;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
