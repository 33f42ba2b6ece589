// Counting and suppressing every question for one set of respondents, and splitting respondents
// into the groups of a breakdown question.
import type { QuestionSpec } from './catalog.ts';
import type { Column, Dataset, Members } from './dataset.ts';
import { emptyMask, type Mask } from './mask.ts';
import { protectTotals, suppressSmall } from './suppress.ts';
import { bump, type Tally, tallyAll } from './tally.ts';

export interface Counted {
  tallies: Tally[];
  masks: Mask[];
}

/** The within-question rules (primary and complementary suppression) at threshold k. */
export function suppressAll(
  specs: readonly QuestionSpec[],
  tallies: readonly Tally[],
  k: number,
  inGroup: boolean,
): Mask[] {
  return tallies.map((tally, q) => {
    const spec = specs[q] as QuestionSpec;
    const mask = emptyMask(tally);
    suppressSmall(spec, tally, k, mask, inGroup);
    protectTotals(spec, tally, k, mask, inGroup);
    return mask;
  });
}

/** Counts and applies the within-question rules. */
export function countAndSuppress(
  dataset: Dataset,
  specs: readonly QuestionSpec[],
  themeCount: number,
  members: Members,
  k: number,
): Counted {
  const tallies = tallyAll(dataset, specs, themeCount, members);
  return { tallies, masks: suppressAll(specs, tallies, k, members !== undefined) };
}

export interface Split {
  /** Members of each option's group, in option order. */
  groups: Int32Array[];
  /** Respondents who did not answer the question. */
  rest: Int32Array;
}

/** Groups by option: one per respondent for a single choice, any number for ticked options. */
export function splitBy(column: Column, optionCount: number, n: number): Split {
  const sizes = new Int32Array(optionCount + 1);
  const each = (visit: (i: number, group: number) => void) => {
    for (let i = 0; i < n; i++) {
      if (column.kind === 'single') {
        const code = column.codes[i] as number;
        visit(i, code < 0 ? optionCount : code);
      } else if (column.kind === 'multi') {
        const { offsets, values } = column.ticks;
        const start = offsets[i] as number;
        const end = offsets[i + 1] as number;
        if (start === end) visit(i, optionCount);
        for (let at = start; at < end; at++) visit(i, values[at] as number);
      }
    }
  };
  each((_, group) => bump(sizes, group));
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(optionCount + 1);
  each((i, group) => {
    (members[group] as Int32Array)[filled[group] as number] = i;
    bump(filled, group);
  });
  return { groups: members.slice(0, optionCount), rest: members[optionCount] as Int32Array };
}
