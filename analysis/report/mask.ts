// Which figures of one question, for one set of respondents, are hidden. Masks only ever grow:
// each rule hides more, none reveals, so applying the rules until nothing changes terminates.
import type { AgreementColumns } from './agreement-columns.ts';
import type { QuestionSpec } from './catalog.ts';
import type { Tally } from './tally.ts';

export interface Mask {
  /** Fewer than k answered: every figure of the question is hidden. */
  all: boolean;
  /** The number who answered is itself hidden (and with it the whole question). */
  answered: boolean;
  /** The number of answers still waiting for analysis is hidden. */
  pending: boolean;
  options: Uint8Array;
  agreement: boolean;
  rowAgreement: Uint8Array;
  /** Rows with no agree-like columns: the number who answered the row is hidden. */
  rowAnswered: Uint8Array;
  rowOptions: Uint8Array[];
  themes: Uint8Array;
}

export function emptyMask(tally: Tally): Mask {
  return {
    all: false,
    answered: false,
    pending: false,
    options: new Uint8Array(tally.options.length),
    agreement: false,
    rowAgreement: new Uint8Array(tally.rows.length),
    rowAnswered: new Uint8Array(tally.rows.length),
    rowOptions: tally.rows.map((r) => new Uint8Array(r.length)),
    themes: new Uint8Array(tally.themes.length),
  };
}

const orInto = (into: Uint8Array, from: Uint8Array) => {
  for (let i = 0; i < into.length; i++) if (from[i] === 1) into[i] = 1;
};

/** Hides in `into` everything `from` hides (the same question and respondents at another k). */
export function mergeMask(into: Mask, from: Mask) {
  into.all ||= from.all;
  into.answered ||= from.answered;
  into.pending ||= from.pending;
  into.agreement ||= from.agreement;
  orInto(into.options, from.options);
  orInto(into.rowAgreement, from.rowAgreement);
  orInto(into.rowAnswered, from.rowAnswered);
  into.rowOptions.forEach((row, r) => {
    orInto(row, from.rowOptions[r] as Uint8Array);
  });
  orInto(into.themes, from.themes);
}

export function hideEverything(mask: Mask) {
  mask.all = true;
  hideFigures(mask);
}

/** The question itself is hidden: who answered it, and so every figure of it. */
export function hideAnswered(mask: Mask) {
  mask.answered = true;
  mask.pending = true;
  hideEverything(mask);
}

/** Every figure hidden, though enough people answered (suppression could not be done cell by cell). */
export function hideFigures(mask: Mask) {
  mask.options.fill(1);
  mask.agreement = true;
  mask.rowAgreement.fill(1);
  mask.rowAnswered.fill(1);
  for (const row of mask.rowOptions) row.fill(1);
  mask.themes.fill(1);
}

export interface AgreementCounts {
  /** Chose a positive option. */
  positive: number;
  /** Gave an opinion: answered minus "does not apply", "don't know" and the like. */
  n: number;
}

export function agreementCounts(counts: Int32Array, columns: AgreementColumns): AgreementCounts {
  let positive = 0;
  let n = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (columns.excluded[i] === 1) continue;
    n += count;
    if (columns.positive[i] === 1) positive += count;
  }
  return { positive, n };
}

/** The option groups whose totals an agreement figure publishes: agree, other opinions, no opinion. */
export function agreementSums(spec: QuestionSpec): number[][] {
  const columns = spec.agreement;
  if (!columns) return [];
  const sums: number[][] = [[], [], []];
  spec.options.forEach((_, i) => {
    const group = columns.positive[i] === 1 ? 0 : columns.excluded[i] === 1 ? 2 : 1;
    (sums[group] as number[]).push(i);
  });
  return sums;
}
