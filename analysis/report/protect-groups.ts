// Suppression across the groups of a breakdown by a single-choice question. Its groups do not
// overlap, so every count overall is the sum of the groups' counts plus those of respondents in no
// shown group (hidden groups, people who skipped the question): a count hidden in one group could
// be worked out as the overall count minus the other groups, and the remainder outside the shown
// groups is itself published that way even when nothing is hidden ("12 of 39 agree, 12 of the 30
// parents": the other 9 all disagreed). So wherever a count is hidden (overall or in a shown group)
// or people sit outside the shown groups, the unknown parts of that sum must be at least two; when
// the overall count is shown, their total must be at least k, and 0 only when the overall count is
// 0 too; the same holds for the people the count leaves out (its complement). Otherwise the count
// is hidden in one more shown group: the smallest non-empty one whose own totals stay protected.
// When no group can give such cover (the others' counts are 0, or hiding one would expose it
// through its own total), the caller hides that figure's kind in every group (every figure of the
// question; for the number who answered, the question itself): cell suppression in general is an
// optimisation problem, and this keeps the rare hard case safe rather than clever. The solver's
// attack in suppression-attack.test.ts checks the result.
// Versions of a survey are parts of it in the same way (protect-versions.ts), with whole reports
// for parts (`inGroup` false) and no remainder.
// A checkbox breakdown has overlapping groups and no such sum, so this step does not apply.
import type { QuestionSpec } from './catalog.ts';
import { figuresOf, type GroupFigure } from './group-figures.ts';
import type { Mask } from './mask.ts';
import type { Tally } from './tally.ts';

export interface Population {
  tally: Tally;
  mask: Mask;
}

export interface GroupPopulation extends Population {
  n: number;
  shown: boolean;
}

/** changed: hid one more figure; failed: no group can cover the figure. */
type Outcome = 'stable' | 'changed' | 'failed';
export type GroupsOutcome = 'stable' | 'changed' | { failed: GroupFigure };

/** Everyone outside the shown groups: hidden groups and people who skipped the question. */
export interface Remainder {
  tally: Tally;
  n: number;
}

function protectFigure(
  f: GroupFigure,
  top: Population,
  groups: readonly GroupPopulation[],
  rest: Remainder | undefined,
  k: number,
  onHide: (group: GroupPopulation) => void,
): Outcome {
  const shown = groups.filter((g) => g.shown);
  const topHidden = f.topHidden(top.tally, top.mask);
  let units = topHidden ? 1 : 0;
  let x = 0;
  let complement = 0;
  const unknown = (t: Tally) => {
    units++;
    x += f.x(t);
    complement += f.complement?.(t) ?? 0;
  };
  // Hidden groups and the remainder count even when nothing is hidden in a shown group: the
  // overall count minus the shown groups' is their total, and 0 or a few of them is news.
  for (const g of groups) if (g.n > 0 && (!g.shown || f.hidden(g.mask))) unknown(g.tally);
  if (rest && rest.n > 0) unknown(rest.tally);
  if (units === 0) return 'stable';
  // Shown overall, the unknown parts' total is published by subtraction: it must not be 0 (unless
  // the overall count is, which says so itself) nor 1 to k-1. Hidden overall, only their number
  // counts.
  const short = (total: number, overall: number) => overall > 0 && (units < 2 || total < k);
  const xShort = topHidden ? units < 2 : short(x, f.x(top.tally));
  const complementShort =
    !topHidden && f.complement !== undefined && short(complement, f.complement(top.tally));
  if (!xShort && !complementShort) return 'stable';
  const size = (g: GroupPopulation) =>
    xShort || !f.complement ? f.x(g.tally) : f.complement(g.tally);
  const cover = shown
    .filter((g) => !f.hidden(g.mask) && size(g) > 0 && f.canHide(g.tally, g.mask))
    .sort((a, b) => size(a) - size(b) || groups.indexOf(a) - groups.indexOf(b))[0];
  if (!cover) return 'failed';
  f.hide(cover.mask);
  onHide(cover);
  return 'changed';
}

/**
 * Hides figures in shown groups until no hidden figure can be worked out across groups, or reports
 * that it cannot. `onHide` restores a group's own totals straight away, so the next figure sees
 * every hidden cell.
 */
export function protectAcrossGroups(
  spec: QuestionSpec,
  top: Population,
  groups: readonly GroupPopulation[],
  rest: Remainder | undefined,
  k: number,
  onHide: (group: GroupPopulation) => void,
  inGroup = true,
): GroupsOutcome {
  let changed = false;
  for (const f of figuresOf(spec, top.tally, inGroup)) {
    for (let outcome = protectFigure(f, top, groups, rest, k, onHide); outcome !== 'stable'; ) {
      if (outcome === 'failed') return { failed: f };
      changed = true;
      outcome = protectFigure(f, top, groups, rest, k, onHide);
    }
  }
  return changed ? 'changed' : 'stable';
}
