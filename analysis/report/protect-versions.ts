// Suppression across the versions of a survey. Officers can download the report for all versions
// together and for each version alone, and the versions do not overlap: all versions minus version
// 1 is version 2, count by count, so a count shown in both could give away a small one that version
// 2's own report hides. Versions are therefore protected as the groups of a breakdown are
// (protect-groups.ts), with the all-versions figures as the total and every figure a whole report
// shows (an agree/disagree question's options, each grid row's scale) as a cell. The all-versions
// report is never changed by this: only a version's report hides more. Every version's report
// reaches the same masks, as each counts all of them in one space (the merged catalog), and its
// own report takes its masks across by option value, row name and theme.
import type { Group } from './breakdown.ts';
import { buildCatalog, type Catalog, type QuestionSpec } from './catalog.ts';
import { encodeResponses } from './encode.ts';
import type { ReportInput } from './input-types.ts';
import { type Mask, mergeMask } from './mask.ts';
import { suppressAll } from './populations.ts';
import { type GroupPopulation, protectAcrossGroups, type Remainder } from './protect-groups.ts';
import { groupTallies, protectVersionGroups } from './protect-version-groups.ts';
import { protectTotals } from './suppress.ts';
import { type Tally, tallyAll } from './tally.ts';

export interface VersionMasks {
  catalog: Catalog;
  /** The chosen version's masks in the merged catalog, at every threshold from lowest to k. */
  masks: Mask[];
  /** The same for its groups of a breakdown, by the merged catalog's options. */
  groups?: { shown: boolean; masks: Mask[] }[];
}

/** Hides in `into` what `from` hides, group by group; a group is shown where both show it. */
function mergeGroups(into: { shown: boolean; masks: Mask[] }[], from: readonly Group[]) {
  into.forEach((g, i) => {
    const other = from[i] as Group;
    g.shown &&= other.shown;
    g.masks.forEach((m, q) => {
      mergeMask(m, other.masks[q] as Mask);
    });
  });
}

/** Protects one question across versions at threshold k, hiding more only in the versions. */
function protectQuestion(
  spec: QuestionSpec,
  overall: { tally: Tally; mask: Mask },
  parts: readonly GroupPopulation[],
  rest: Remainder | undefined,
  k: number,
) {
  const restore = (p: GroupPopulation) => protectTotals(spec, p.tally, k, p.mask, false);
  let outcome = protectAcrossGroups(spec, overall, parts, rest, k, restore, false);
  while (outcome === 'changed') {
    outcome = protectAcrossGroups(spec, overall, parts, rest, k, restore, false);
  }
  if (typeof outcome === 'object') for (const p of parts) outcome.failed.fallback(p.mask);
}

/**
 * The masks version `version` needs beside every other version's report and the all-versions one,
 * or undefined when only one version has responses (nothing to subtract).
 */
export function jointVersionMasks(
  input: ReportInput,
  version: number,
  lowest: number,
  k: number,
  byName?: string,
): VersionMasks | undefined {
  const answered = new Set(input.responses.map((r) => r.versionId));
  const versions = input.versions
    .filter((v) => answered.has(v.id))
    .sort((a, b) => a.version - b.version);
  const chosen = versions.findIndex((v) => v.version === version);
  if (versions.length < 2 || chosen < 0) return undefined;
  const catalog = buildCatalog(input.versions);
  const specs = catalog.questions;
  const themeCount = input.themes.length;
  const { dataset, responseIndex } = encodeResponses(input, catalog, false, 'stand-ins');
  const partOf = new Map(versions.map((v, i) => [v.id, i] as const));
  const rows = versions.map((): number[] => []);
  const outside: number[] = [];
  const versionOf = new Int32Array(dataset.n);
  for (let i = 0; i < dataset.n; i++) {
    const response = input.responses[responseIndex[i] as number];
    const part = response ? partOf.get(response.versionId) : undefined;
    versionOf[i] = part ?? -1;
    (part === undefined ? outside : (rows[part] as number[])).push(i);
  }
  const tallies = tallyAll(dataset, specs, themeCount, undefined);
  const parts = rows.map((members) => ({
    n: members.length,
    tallies: tallyAll(dataset, specs, themeCount, Int32Array.from(members)),
  }));
  const restTallies =
    outside.length > 0 ? tallyAll(dataset, specs, themeCount, Int32Array.from(outside)) : [];
  const by = byName === undefined ? undefined : catalog.byName.get(byName);
  const counted =
    by && (by.kind === 'single' || by.kind === 'multi')
      ? groupTallies(dataset, specs, by, themeCount, versionOf, versions.length)
      : undefined;
  let union: Mask[] | undefined;
  let groups: { shown: boolean; masks: Mask[] }[] | undefined;
  for (let t = lowest; t <= k; t++) {
    const topMasks = suppressAll(specs, tallies, t, false);
    const masks = parts.map((p) => suppressAll(specs, p.tallies, t, false));
    specs.forEach((spec, q) => {
      const populations = parts.map((p, v) => ({
        tally: p.tallies[q] as Tally,
        mask: (masks[v] as Mask[])[q] as Mask,
        n: p.n,
        shown: true,
      }));
      const restTally = restTallies[q];
      const rest = restTally ? { tally: restTally, n: outside.length } : undefined;
      const overall = { tally: tallies[q] as Tally, mask: topMasks[q] as Mask };
      protectQuestion(spec, overall, populations, rest, t);
    });
    if (by && counted) {
      const tops = [
        { tallies, masks: topMasks },
        ...parts.map((p, v) => ({ tallies: p.tallies, masks: masks[v] as Mask[] })),
      ];
      const mineGroups = protectVersionGroups(specs, by, counted, tops, t)[chosen] as Group[];
      if (!groups) groups = mineGroups.map((g) => ({ shown: g.shown, masks: g.masks }));
      else mergeGroups(groups, mineGroups);
    }
    const mine = masks[chosen] as Mask[];
    if (!union) union = mine;
    else {
      union.forEach((m, q) => {
        mergeMask(m, mine[q] as Mask);
      });
    }
  }
  return { catalog, masks: union ?? [], ...(groups ? { groups } : {}) };
}
