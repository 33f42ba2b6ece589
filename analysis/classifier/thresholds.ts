// Decision thresholds from out-of-fold margins (answers each fold's model had not seen). One SVM
// per label puts its boundary at margin 0, which for rare labels is far too cautious; moving each
// label's threshold to where F1 peaks on held-out margins recovers most of the missed positives.

/** Counts from the other labels, when the F1 to maximise is pooled over all labels (micro). */
export interface PooledCounts {
  truePositives: number;
  assigned: number;
  actual: number;
}

const NONE: PooledCounts = { truePositives: 0, assigned: 0, actual: 0 };

/**
 * The margin threshold that maximises F1 over these margins, pooled with `others` if given: the
 * midpoint between the lowest margin still assigned and the next, so it sits between the groups.
 */
export function bestThreshold(
  margins: Float64Array,
  positive: Uint8Array,
  others: PooledCounts = NONE,
): { threshold: number; f1: number } {
  const n = margins.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (margins[b] as number) - (margins[a] as number),
  );
  let actual = others.actual;
  for (let i = 0; i < n; i++) actual += positive[i] as number;
  const f1 = (tp: number, assigned: number) =>
    assigned + actual > 0 ? (2 * tp) / (assigned + actual) : 0;
  let best = f1(others.truePositives, others.assigned);
  let bestCut = 0;
  let truePositives = others.truePositives;
  for (let k = 0; k < n; k++) {
    truePositives += positive[order[k] as number] as number;
    const here = margins[order[k] as number] as number;
    const next = k + 1 < n ? (margins[order[k + 1] as number] as number) : Number.NEGATIVE_INFINITY;
    if (next === here) continue; // a cut can only fall between different margins
    const value = f1(truePositives, others.assigned + k + 1);
    if (value > best) {
      best = value;
      bestCut = k + 1;
    }
  }
  const top = n > 0 ? (margins[order[0] as number] as number) : 0;
  if (bestCut === 0) return { threshold: top + 1, f1: best }; // assigning nothing is best
  const low = margins[order[bestCut - 1] as number] as number;
  const high = bestCut < n ? (margins[order[bestCut] as number] as number) : low - 1;
  return { threshold: (low + high) / 2, f1: best };
}

export type ThresholdObjective = 'micro-f1' | 'label-f1';

/**
 * Per-label thresholds. 'label-f1' maximises each label's own F1. 'micro-f1' then adjusts them in
 * turn to maximise F1 pooled over all labels: a label the model learned poorly gets a stricter
 * threshold, since its own best F1 would be reached by assigning it to many answers wrongly.
 * Labels with fewer than `minPositives` positives keep the SVM's own boundary, margin 0.
 */
export function chooseThresholds(
  margins: readonly Float64Array[],
  targets: readonly Uint8Array[],
  minPositives: number,
  objective: ThresholdObjective,
): { thresholds: number[]; microF1: number } {
  const tuned = targets.map((t) => t.reduce((sum, p) => sum + p, 0) >= minPositives);
  const thresholds = margins.map((m, l) =>
    tuned[l] ? bestThreshold(m, targets[l] as Uint8Array).threshold : 0,
  );
  const counts = margins.map((m, l) =>
    countAt(m, targets[l] as Uint8Array, thresholds[l] as number),
  );
  const total = () => counts.reduce((sum, c) => add(sum, c, 1), { ...NONE });
  // Coordinate ascent: each step cannot lower the pooled F1, so a few rounds settle it.
  for (let round = 0; objective === 'micro-f1' && round < 10; round++) {
    let changed = false;
    margins.forEach((m, l) => {
      if (!tuned[l]) return;
      const others = add(total(), counts[l] as PooledCounts, -1);
      const target = targets[l] as Uint8Array;
      const { threshold } = bestThreshold(m, target, others);
      if (threshold !== thresholds[l]) {
        thresholds[l] = threshold;
        counts[l] = countAt(m, target, threshold);
        changed = true;
      }
    });
    if (!changed) break;
  }
  const pooled = total();
  const denominator = pooled.assigned + pooled.actual;
  return { thresholds, microF1: denominator > 0 ? (2 * pooled.truePositives) / denominator : 0 };
}

function countAt(margins: Float64Array, positive: Uint8Array, threshold: number): PooledCounts {
  const counts = { ...NONE };
  margins.forEach((m, i) => {
    const yes = m >= threshold;
    counts.assigned += +yes;
    counts.truePositives += +(yes && positive[i] === 1);
    counts.actual += positive[i] as number;
  });
  return counts;
}

function add(a: PooledCounts, b: PooledCounts, sign: number): PooledCounts {
  return {
    truePositives: a.truePositives + sign * b.truePositives,
    assigned: a.assigned + sign * b.assigned,
    actual: a.actual + sign * b.actual,
  };
}
