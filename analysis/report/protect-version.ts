// One version's report beside the all-versions one and the other versions' (protect-versions.ts):
// what the joint protection hides is hidden here at every threshold the report reads, so a group of
// a breakdown within the version is shown only where the version's count of it is.
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
) {
  const k = topAt.at(-1)?.k ?? lowest;
  const joint = jointVersionMasks(input, version, lowest, k);
  if (!joint) return;
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
}
