// One binary SVM per label over the same TF-IDF rows, and their out-of-fold margins from
// internal cross-validation, which the thresholds and the score calibration are fitted on.

import type { SparseRows } from './features.ts';
import { type LinearModel, margin, trainLinearSvm } from './linear-svm.ts';
import type { ClassWeight } from './model-format.ts';
import { seededRandom } from './random.ts';

export interface SolverSettings {
  c: number;
  classWeight: ClassWeight;
  biasFeature: number;
  tolerance: number;
  maxEpochs: number;
  seed: number;
}

/**
 * Rare labels get a heavier penalty for missed positives, or the solver would find it cheapest
 * to predict "no" everywhere. The square root of the imbalance is a middle course between no
 * weighting and full balancing, which over-predicts rare labels; thresholds correct the rest.
 */
function costs(settings: SolverSettings, positives: number, total: number) {
  const negatives = total - positives;
  const { c } = settings;
  if (settings.classWeight === 'none' || positives === 0 || negatives === 0) {
    return { costPositive: c, costNegative: c };
  }
  if (settings.classWeight === 'sqrt') {
    return { costPositive: c * Math.max(1, Math.sqrt(negatives / positives)), costNegative: c };
  }
  return {
    costPositive: (c * total) / (2 * positives),
    costNegative: (c * total) / (2 * negatives),
  };
}

/** Trains one label's SVM on `rows`; `targets[r]` is 1 where row r has the label. */
export function trainLabel(
  data: SparseRows,
  rows: Int32Array,
  targets: Uint8Array,
  settings: SolverSettings,
  stream: number,
): LinearModel {
  const positive = Uint8Array.from(rows, (r) => targets[r] as number);
  let positives = 0;
  for (const p of positive) positives += p;
  return trainLinearSvm(data, rows, positive, {
    ...costs(settings, positives, rows.length),
    biasFeature: settings.biasFeature,
    tolerance: settings.tolerance,
    maxEpochs: settings.maxEpochs,
    // A stream per (label, fold): the result does not depend on the order labels are trained in.
    random: seededRandom(settings.seed * 7919 + stream),
  });
}

/** For every label, each row's margin under the model trained without that row's fold. */
export function outOfFoldMargins(
  data: SparseRows,
  targets: Uint8Array[],
  fold: Int32Array,
  folds: number,
  settings: SolverSettings,
): Float64Array[] {
  const n = fold.length;
  const margins = targets.map(() => new Float64Array(n));
  for (let f = 0; f < folds; f++) {
    const inside: number[] = [];
    fold.forEach((g, r) => {
      if (g !== f) inside.push(r);
    });
    const trainRows = Int32Array.from(inside);
    targets.forEach((labelTargets, l) => {
      const model = trainLabel(data, trainRows, labelTargets, settings, l * 101 + f + 1);
      for (let r = 0; r < n; r++) {
        if (fold[r] === f) (margins[l] as Float64Array)[r] = margin(model, data, r);
      }
    });
  }
  return margins;
}
