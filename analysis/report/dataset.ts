// The answers turned into columns of small integers in one pass over the responses: an option
// index per respondent, a sparse list of ticked options or themes. Every figure, for everyone or
// for one breakdown group, is then a cheap count over these columns; no answer is decoded twice.
import type { SparseRows } from './sparse-rows.ts';

/** Free-text states. */
export const TEXT_NONE = 0;
export const TEXT_SUBSTANTIVE = 1;
/** An answer that says nothing ("n/a", "-"): not counted as answered. */
export const TEXT_NON_ANSWER = 2;
/** Written but not analysed yet. */
export const TEXT_PENDING = 3;

export type Column =
  | { kind: 'single'; codes: Int16Array }
  | { kind: 'multi'; ticks: SparseRows }
  | { kind: 'matrix'; rows: Int16Array[]; answered: Uint8Array }
  | { kind: 'text'; state: Uint8Array; themes: SparseRows }
  | { kind: 'other'; answered: Uint8Array };

export interface Dataset {
  /** Respondents counted (those of the chosen version). */
  n: number;
  /** One column per catalog question, in catalog order. */
  columns: Column[];
}

/** A set of respondents, as ascending indices into the dataset; undefined means everyone. */
export type Members = Int32Array | undefined;
