// Every figure again for each group of a choice question (each option; for ticked options, the
// people who ticked it). A group is shown only when its size is shown for the question itself: the
// same protection (fewer than k hidden, and the next smallest groups hidden so hidden groups cannot
// be worked out from the total) then holds for the groups. Groups carry no quotes: a quote tied to a
// small group (say, home education) says far more about who wrote it than one in the whole report.
import type { Catalog, QuestionSpec } from './catalog.ts';
import type { Column, Dataset } from './dataset.ts';
import { InvalidParameterError } from './errors.ts';
import type { ReportTheme } from './input-types.ts';
import { type Counted, countAndSuppress, splitBy } from './populations.ts';
import { type GroupPopulation, protectAcrossGroups } from './protect-groups.ts';
import type { Breakdown, BreakdownGroup } from './report-types.ts';
import { protectTotals } from './suppress.ts';
import { tallyAll } from './tally.ts';

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
  top: Counted;
  k: number;
  render: (spec: QuestionSpec, counted: Counted, q: number) => BreakdownQuestionFigure;
}

type BreakdownQuestionFigure = Extract<BreakdownGroup, { n: number }>['questions'][number];

export function buildBreakdown(by: QuestionSpec, ctx: BreakdownContext): Breakdown {
  const { dataset, specs, k, top } = ctx;
  const column = dataset.columns[by.index] as Column;
  const split = splitBy(column, by.options.length, dataset.n);
  const byMask = top.masks[by.index];
  const groups = split.groups.map((members, i) => {
    const shown = byMask?.options[i] !== 1 && !byMask?.all && members.length >= k;
    return {
      members,
      shown,
      counted: countAndSuppress(dataset, specs, ctx.themes.length, members, k),
    };
  });
  if (by.kind === 'single') {
    const rest = tallyAll(dataset, specs, ctx.themes.length, split.rest);
    specs.forEach((spec, q) => {
      const populations: GroupPopulation[] = groups.map((g) => ({
        tally: g.counted.tallies[q] as GroupPopulation['tally'],
        mask: g.counted.masks[q] as GroupPopulation['mask'],
        n: g.members.length,
        shown: g.shown,
      }));
      const overall = {
        tally: top.tallies[q] as GroupPopulation['tally'],
        mask: top.masks[q] as GroupPopulation['mask'],
      };
      const restore = (p: GroupPopulation) => protectTotals(spec, p.tally, k, p.mask, true);
      // A group's totals and the sums across groups each hide more: repeat until stable.
      let outcome = protectAcrossGroups(spec, overall, populations, rest[q], k, restore);
      while (outcome === 'changed') {
        outcome = protectAcrossGroups(spec, overall, populations, rest[q], k, restore);
      }
      if (typeof outcome === 'object') for (const p of populations) outcome.failed.fallback(p.mask);
    });
  }
  return {
    question: by.name,
    groups: by.options.map((option, i): BreakdownGroup => {
      const head = { value: option.value, label: option.label };
      const group = groups[i];
      if (!group?.shown) return { ...head, suppressed: true };
      const questions = specs
        .filter((spec) => spec.index !== by.index)
        .map((spec) => ctx.render(spec, group.counted, spec.index));
      return { ...head, n: group.members.length, questions };
    }),
  };
}
