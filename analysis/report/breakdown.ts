// Every figure again for each group of a choice question (each option; for ticked options, the
// people who ticked it). A group is shown only when its size is shown for the question itself: the
// same protection (fewer than k hidden, and the next smallest groups hidden so hidden groups cannot
// be worked out from the total) then holds for the groups. Groups carry no quotes: a quote tied to a
// small group (say, home education) says far more about who wrote it than one in the whole report.
import type { Catalog, QuestionSpec } from './catalog.ts';
import type { Column, Dataset } from './dataset.ts';
import { InvalidParameterError } from './errors.ts';
import type { ReportTheme } from './input-types.ts';
import { type Mask, mergeMask } from './mask.ts';
import { type Counted, type Split, splitBy, suppressAll } from './populations.ts';
import { type GroupPopulation, protectAcrossGroups, type Remainder } from './protect-groups.ts';
import type { Breakdown, BreakdownGroup } from './report-types.ts';
import { protectTotals } from './suppress.ts';
import { type Tally, tallyAll } from './tally.ts';

/** The breakdown question, or a typed error the server turns into 400 `invalid_parameter`. */
export function breakdownQuestion(catalog: Catalog, by: string): QuestionSpec {
  const spec = catalog.byName.get(by);
  if (!spec) throw new InvalidParameterError('by', `There is no question named "${by}".`);
  if (spec.kind !== 'single' && spec.kind !== 'multi') {
    throw new InvalidParameterError(
      'by',
      `"${by}" is not a choice question, so it cannot group answers.`,
    );
  }
  return spec;
}

export interface BreakdownContext {
  dataset: Dataset;
  specs: readonly QuestionSpec[];
  themes: readonly ReportTheme[];
  /** Everyone's counts, and their masks at each threshold from the lowest k to the report's. */
  top: Counted;
  topAt: readonly { k: number; masks: readonly Mask[] }[];
  k: number;
  render: (spec: QuestionSpec, counted: Counted, q: number) => BreakdownQuestionFigure;
  /** Hides more in the groups (a version's report beside the other versions', protect-version.ts). */
  adjust?: (groups: readonly Group[]) => void;
}

type BreakdownQuestionFigure = Extract<BreakdownGroup, { n: number }>['questions'][number];

export interface Group {
  members: Int32Array;
  shown: boolean;
  tallies: Tally[];
  masks: Mask[];
}

/** The suppression across groups of a single choice at one threshold (see protect-groups.ts). */
export function protectGroups(
  specs: readonly QuestionSpec[],
  top: Counted,
  groups: readonly Group[],
  rest: Remainder[],
  k: number,
) {
  specs.forEach((spec, q) => {
    const populations: GroupPopulation[] = groups.map((g) => ({
      tally: g.tallies[q] as Tally,
      mask: g.masks[q] as Mask,
      n: g.members.length,
      shown: g.shown,
    }));
    const overall = { tally: top.tallies[q] as Tally, mask: top.masks[q] as Mask };
    const remainder = rest[q];
    const restore = (p: GroupPopulation) => protectTotals(spec, p.tally, k, p.mask, true);
    // A group's totals and the sums across groups each hide more: repeat until stable.
    let outcome = protectAcrossGroups(spec, overall, populations, remainder, k, restore);
    while (outcome === 'changed') {
      outcome = protectAcrossGroups(spec, overall, populations, remainder, k, restore);
    }
    if (typeof outcome === 'object') for (const p of populations) outcome.failed.fallback(p.mask);
  });
}

/**
 * Groups and their masks at one threshold; the report shows a group only where every threshold
 * from the lowest k up shows it, and hides each figure any of them hides, so a report at a higher
 * k never shows what one at a lower k hides (read together, they say no more than the lower one).
 */
function groupsAt(
  by: QuestionSpec,
  ctx: BreakdownContext,
  split: Split,
  tallies: Tally[][],
  k: number,
  topMasks: readonly Mask[],
) {
  const byMask = topMasks[by.index];
  const groups: Group[] = split.groups.map((members, i) => ({
    members,
    shown: byMask?.options[i] !== 1 && !byMask?.all && members.length >= k,
    tallies: tallies[i] as Tally[],
    masks: suppressAll(ctx.specs, tallies[i] as Tally[], k, true),
  }));
  return groups;
}

export function buildBreakdown(by: QuestionSpec, ctx: BreakdownContext): Breakdown {
  const { dataset, specs, top } = ctx;
  const column = dataset.columns[by.index] as Column;
  const split = splitBy(column, by.options.length, dataset.n);
  const tallies = split.groups.map((members) =>
    tallyAll(dataset, specs, ctx.themes.length, members),
  );
  const restTallies = tallyAll(dataset, specs, ctx.themes.length, split.rest);
  const rest = restTallies.map((tally) => ({ tally, n: split.rest.length }));
  let groups: Group[] | undefined;
  for (const at of ctx.topAt) {
    const current = groupsAt(by, ctx, split, tallies, at.k, at.masks);
    if (by.kind === 'single')
      protectGroups(specs, { tallies: top.tallies, masks: [...at.masks] }, current, rest, at.k);
    if (!groups) groups = current;
    else {
      groups.forEach((g, i) => {
        const other = current[i] as Group;
        g.shown &&= other.shown;
        g.masks.forEach((mask, q) => {
          mergeMask(mask, other.masks[q] as Mask);
        });
      });
    }
  }
  if (groups) ctx.adjust?.(groups);
  return {
    question: by.name,
    groups: by.options.map((option, i): BreakdownGroup => {
      const head = { value: option.value, label: option.label };
      const group = groups?.[i];
      if (!group?.shown) return { ...head, suppressed: true };
      const counted = { tallies: group.tallies, masks: group.masks };
      const questions = specs
        .filter((spec) => spec.index !== by.index)
        .map((spec) => ctx.render(spec, counted, spec.index));
      return { ...head, n: group.members.length, questions };
    }),
  };
}
