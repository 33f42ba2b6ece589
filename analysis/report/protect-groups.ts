// Suppression across the groups of a breakdown by a single-choice question. Its groups do not
// overlap, so every count overall is the sum of the groups' counts plus those of respondents in no
// shown group (hidden groups, people who skipped the question): a count hidden in one group could
// be worked out as the overall count minus the other groups. So wherever a count is hidden (overall
// or in a shown group), the unknown parts of that sum must be at least two, and their total (and
// for a share, the total of its complement) must be 0 or at least k. Otherwise the count is hidden
// in one more shown group: the smallest non-empty one whose own totals stay protected; failing
// that, the whole group is hidden. A checkbox breakdown has overlapping groups and no such sum.
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
  /** Cleared when a group has to be hidden whole to protect a figure. */
  shown: boolean;
}

const short = (total: number, units: number, k: number) => total > 0 && (units < 2 || total < k);

function protectFigure(
  f: GroupFigure,
  top: Population,
  groups: readonly GroupPopulation[],
  rest: Tally | undefined,
  k: number,
  onHide: (group: GroupPopulation) => void,
): boolean {
  const shown = groups.filter((g) => g.shown);
  const topHidden = f.topHidden(top.tally, top.mask);
  if (!topHidden && !shown.some((g) => f.hidden(g.mask))) return false;
  let units = topHidden ? 1 : 0;
  let x = 0;
  let complement = 0;
  const unknown = (t: Tally) => {
    units++;
    x += f.x(t);
    complement += f.complement?.(t) ?? 0;
  };
  for (const g of groups) if (g.n > 0 && (!g.shown || f.hidden(g.mask))) unknown(g.tally);
  if (rest && rest.answered > 0) unknown(rest);
  const xShort = short(x, units, k);
  if (!xShort && !short(complement, units, k)) return false;
  const size = (g: GroupPopulation) =>
    xShort || !f.complement ? f.x(g.tally) : f.complement(g.tally);
  const candidates = shown
    .filter((g) => !f.hidden(g.mask) && size(g) > 0)
    .sort((a, b) => size(a) - size(b) || groups.indexOf(a) - groups.indexOf(b));
  const cover = candidates.find((g) => f.canHide(g.tally, g.mask));
  if (cover) {
    f.hide(cover.mask);
    onHide(cover);
    return true;
  }
  const whole = candidates[0];
  if (!whole) return false;
  whole.shown = false;
  return true;
}

/**
 * Hides figures in shown groups until no hidden figure can be worked out across groups. `onHide`
 * restores a group's own totals straight away, so the next figure sees every hidden cell.
 */
export function protectAcrossGroups(
  spec: QuestionSpec,
  top: Population,
  groups: readonly GroupPopulation[],
  rest: Tally | undefined,
  k: number,
  onHide: (group: GroupPopulation) => void,
): boolean {
  let changed = false;
  for (const f of figuresOf(spec, top.tally)) {
    while (protectFigure(f, top, groups, rest, k, onHide)) changed = true;
  }
  return changed;
}
