// One version's report beside the all-versions one and the other versions' (protect-versions.ts):
// what the joint protection hides is hidden here at every threshold the report reads, so a group of
// a breakdown within the version is shown only where the version's count of it is. Returns what
// the version's breakdown groups must hide beside the other versions' (protect-version-groups.ts).
import type { Group } from './breakdown.ts';
import type { QuestionSpec } from './catalog.ts';
import type { ReportInput } from './input-types.ts';
import type { Mask } from './mask.ts';
import type { Counted } from './populations.ts';
import { jointVersionMasks } from './protect-versions.ts';
import { protectTotals } from './suppress.ts';
import type { Tally } from './tally.ts';
import { mergeVersionMask } from './version-mask.ts';

export function protectVersion(
  input: ReportInput,
  version: number,
  lowest: number,
  specs: readonly QuestionSpec[],
  top: Counted,
  topAt: readonly { k: number; masks: readonly Mask[] }[],
  by: QuestionSpec | undefined,
): ((groups: readonly Group[]) => void) | undefined {
  const k = topAt.at(-1)?.k ?? lowest;
  const joint = jointVersionMasks(input, version, lowest, k, by?.name);
  if (!joint) return undefined;
  const everyMask = [top.masks, ...topAt.map((at) => at.masks)];
  specs.forEach((spec, q) => {
    const merged = joint.catalog.byName.get(spec.name);
    const from = merged ? joint.masks[merged.index] : undefined;
    if (!merged || !from) return;
    for (const masks of everyMask) {
      const mask = masks[q] as Mask;
      mergeVersionMask(mask, from, spec, merged);
      protectTotals(spec, top.tallies[q] as Tally, k, mask, false);
    }
  });
  const mergedBy = by && joint.catalog.byName.get(by.name);
  const jointGroups = joint.groups;
  if (!by || !mergedBy || !jointGroups) return undefined;
  return (groups) => {
    groups.forEach((group, i) => {
      const value = String(by.options[i]?.value);
      const from = jointGroups[mergedBy.optionIndex.get(value) ?? -1];
      if (!from) {
        group.shown = false;
        return;
      }
      group.shown &&= from.shown;
      specs.forEach((spec, q) => {
        const merged = joint.catalog.byName.get(spec.name);
        const mask = merged && from.masks[merged.index];
        if (!merged || !mask) return;
        mergeVersionMask(group.masks[q] as Mask, mask, spec, merged);
        protectTotals(spec, group.tallies[q] as Tally, k, group.masks[q] as Mask, true);
      });
    });
  };
}
