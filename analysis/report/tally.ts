// Raw counts of one question over a set of respondents. Everything published derives from these.
import type { QuestionSpec } from './catalog.ts';
import {
  type Column,
  type Dataset,
  type Members,
  TEXT_PENDING,
  TEXT_SUBSTANTIVE,
} from './dataset.ts';

export interface Tally {
  /** Everyone counted, whether they answered or not. */
  people: number;
  /** Respondents who gave a real answer (free text: substantive answers only). */
  answered: number;
  /** Per option (single, multi), per column of each row (matrix). */
  options: Int32Array;
  rows: Int32Array[];
  rowAnswered: Int32Array;
  /** Per codebook theme, among substantive answers. */
  themes: Int32Array;
  pending: number;
}

/** Typed arrays read as possibly undefined under noUncheckedIndexedAccess; indices here are valid. */
export const bump = (counts: Int32Array, i: number) => {
  counts[i] = (counts[i] as number) + 1;
};

function countColumn(column: Column, tally: Tally, i: number) {
  switch (column.kind) {
    case 'single': {
      const code = column.codes[i] as number;
      if (code >= 0) {
        tally.answered++;
        bump(tally.options, code);
      }
      return;
    }
    case 'multi': {
      const { offsets, values } = column.ticks;
      const end = offsets[i + 1] as number;
      let at = offsets[i] as number;
      if (at < end) tally.answered++;
      for (; at < end; at++) bump(tally.options, values[at] as number);
      return;
    }
    case 'matrix':
      if (column.answered[i] !== 1) return;
      tally.answered++;
      column.rows.forEach((codes, r) => {
        const code = codes[i] as number;
        if (code < 0) return;
        bump(tally.rows[r] as Int32Array, code);
        bump(tally.rowAnswered, r);
      });
      return;
    case 'text': {
      const state = column.state[i];
      if (state === TEXT_PENDING) tally.pending++;
      if (state !== TEXT_SUBSTANTIVE) return;
      tally.answered++;
      const { offsets, values } = column.themes;
      for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
        bump(tally.themes, values[at] as number);
      }
      return;
    }
    default:
      if (column.answered[i] === 1) tally.answered++;
  }
}

export function emptyTally(spec: QuestionSpec, themeCount: number): Tally {
  return {
    people: 0,
    answered: 0,
    options: new Int32Array(spec.options.length),
    rows: spec.rows.map(() => new Int32Array(spec.options.length)),
    rowAnswered: new Int32Array(spec.rows.length),
    themes: new Int32Array(spec.themed ? themeCount : 0),
    pending: 0,
  };
}

/** Counts every question over `members` (everyone when undefined). */
export function tallyAll(
  dataset: Dataset,
  specs: readonly QuestionSpec[],
  themeCount: number,
  members: Members,
): Tally[] {
  return specs.map((spec, q) => {
    const tally = emptyTally(spec, themeCount);
    tally.people = members ? members.length : dataset.n;
    const column = dataset.columns[q] as Column;
    if (members) for (const i of members) countColumn(column, tally, i);
    else for (let i = 0; i < dataset.n; i++) countColumn(column, tally, i);
    return tally;
  });
}
