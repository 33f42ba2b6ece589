// A breakdown within one version beside the same breakdown of all versions together: group g of all
// versions is group g of version 1 plus group g of version 2, figure by figure, so each group is
// protected across versions (the all-versions group its total) as versions are, and each version's
// groups across groups as any breakdown's are. Masks only grow, so the two are applied in turn
// until neither hides anything more. The all-versions breakdown is computed as its report computes
// it and never changed.
import { type Group, protectGroups } from './breakdown.ts';
import type { QuestionSpec } from './catalog.ts';
import type { Column, Dataset } from './dataset.ts';
import { emptyMask, hideAnswered, type Mask } from './mask.ts';
import { type Counted, splitBy, suppressAll } from './populations.ts';
import { type GroupPopulation, protectAcrossGroups, type Remainder } from './protect-groups.ts';
import { protectTotals } from './suppress.ts';
import { type Tally, tallyAll } from './tally.ts';

export interface GroupTallies {
  /** Per part (all versions first, then each version): each group's members and counts. */
  parts: { groups: { members: Int32Array; tallies: Tally[] }[]; rest: Remainder[] }[];
}

/** Counts every group of `by` for all versions together and for each version. */
export function groupTallies(
  dataset: Dataset,
  specs: readonly QuestionSpec[],
  by: QuestionSpec,
  themeCount: number,
  versionOf: Int32Array,
  versions: number,
): GroupTallies {
  const split = splitBy(dataset.columns[by.index] as Column, by.options.length, dataset.n);
  const within = (members: Int32Array, v: number) =>
    v < 0 ? members : members.filter((i) => versionOf[i] === v);
  const parts = Array.from({ length: versions + 1 }, (_, p) => {
    const groups = split.groups.map((all) => {
      const members = within(all, p - 1);
      return { members, tallies: tallyAll(dataset, specs, themeCount, members) };
    });
    const restMembers = within(split.rest, p - 1);
    const rest = tallyAll(dataset, specs, themeCount, restMembers).map((tally) => ({
      tally,
      n: restMembers.length,
    }));
    return { groups, rest };
  });
  return { parts };
}

const hiddenBits = (groups: readonly Group[]) => {
  let bits = 0;
  for (const g of groups) {
    if (!g.shown) bits++;
    for (const m of g.masks) {
      bits += Number(m.all) + Number(m.answered) + Number(m.pending) + Number(m.agreement);
      for (const b of [m.options, m.rowAgreement, m.rowAnswered, m.themes, ...m.rowOptions])
        for (const x of b) bits += x;
    }
  }
  return bits;
};

/**
 * Every part's groups at threshold k, protected jointly; `tops` holds each part's own masks at k
 * (all versions first), already protected across versions.
 */
export function protectVersionGroups(
  specs: readonly QuestionSpec[],
  by: QuestionSpec,
  counted: GroupTallies,
  tops: readonly Counted[],
  k: number,
): Group[][] {
  const parts = counted.parts.map((part, p) => {
    const top = tops[p] as Counted;
    const byMask = top.masks[by.index];
    return part.groups.map(
      (g, i): Group => ({
        members: g.members,
        shown: byMask?.options[i] !== 1 && !byMask?.all && g.members.length >= k,
        tallies: g.tallies,
        masks: suppressAll(specs, g.tallies, k, true),
      }),
    );
  });
  const acrossGroups = (p: number) => {
    if (by.kind !== 'single') return;
    const part = counted.parts[p];
    if (part) protectGroups(specs, tops[p] as Counted, parts[p] as Group[], part.rest, k);
  };
  parts.forEach((_, p) => {
    acrossGroups(p);
  });
  const [whole = [], ...versions] = parts;
  const versionGroups = versions.flat();
  for (let before = -1, now = hiddenBits(versionGroups); now !== before; ) {
    whole.forEach((group, g) => {
      specs.forEach((spec, q) => {
        const tally = group.tallies[q] as Tally;
        const hidden = emptyMask(tally);
        hideAnswered(hidden);
        const top = { tally, mask: group.shown ? (group.masks[q] as Mask) : hidden };
        const populations = versions.map(
          (groups): GroupPopulation => ({
            tally: (groups[g] as Group).tallies[q] as Tally,
            mask: (groups[g] as Group).masks[q] as Mask,
            n: (groups[g] as Group).members.length,
            shown: (groups[g] as Group).shown,
          }),
        );
        const restore = (p: GroupPopulation) => protectTotals(spec, p.tally, k, p.mask, true);
        let outcome = protectAcrossGroups(spec, top, populations, undefined, k, restore);
        while (outcome === 'changed') {
          outcome = protectAcrossGroups(spec, top, populations, undefined, k, restore);
        }
        if (typeof outcome === 'object')
          for (const p of populations) outcome.failed.fallback(p.mask);
      });
    });
    versions.forEach((_, v) => {
      acrossGroups(v + 1);
    });
    before = now;
    now = hiddenBits(versionGroups);
  }
  return versions;
}
