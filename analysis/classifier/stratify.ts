// Multi-label data cannot be stratified exactly, so items are ordered by their rarest label:
// dealing that order out round-robin (into folds, or into train and test) gives every label,
// rare ones above all, close to its fair share of positives in each part.
import { shuffleInPlace } from './random.ts';

/** Item indices, grouped by rarest label (rarest groups first), shuffled within each group. */
export function stratifiedOrder(labelSets: readonly (readonly string[])[], random: () => number) {
  const frequency = new Map<string, number>();
  for (const labels of labelSets) {
    for (const label of new Set(labels)) frequency.set(label, (frequency.get(label) ?? 0) + 1);
  }
  const groupOf = labelSets.map((labels) => {
    let rarest = '';
    let count = Number.POSITIVE_INFINITY;
    for (const label of labels) {
      const f = frequency.get(label) as number;
      if (f < count || (f === count && label < rarest)) {
        rarest = label;
        count = f;
      }
    }
    return { rarest, count };
  });
  const order = Int32Array.from(labelSets, (_, i) => i);
  shuffleInPlace(order, random);
  // Array.prototype.sort is stable, so the shuffle survives within each group.
  return Int32Array.from([...order].sort((a, b) => compareGroups(groupOf[a], groupOf[b])));
}

type Group = { rarest: string; count: number } | undefined;

function compareGroups(a: Group, b: Group): number {
  if (!a || !b) return 0;
  if (a.count !== b.count) return a.count < b.count ? -1 : 1;
  return a.rarest < b.rarest ? -1 : a.rarest > b.rarest ? 1 : 0;
}

/** Fold number (0..folds-1) of each item, dealt round-robin along the stratified order. */
export function assignFolds(
  labelSets: readonly (readonly string[])[],
  folds: number,
  random: () => number,
): Int32Array {
  const fold = new Int32Array(labelSets.length);
  stratifiedOrder(labelSets, random).forEach((item, position) => {
    fold[item] = position % folds;
  });
  return fold;
}
