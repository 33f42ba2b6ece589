import { describe, expect, it } from 'vitest';
import { fitPlatt } from './calibration.ts';
import { buildVocabulary, type SparseRows, Vectorizer } from './features.ts';
import { margin, trainLinearSvm } from './linear-svm.ts';
import { seededRandom } from './random.ts';
import { assignFolds } from './stratify.ts';
import { bestThreshold, chooseThresholds } from './thresholds.ts';

describe('features', () => {
  const documents = [['wait', 'list'], ['wait', 'list', 'long'], ['long'], ['list', 'long']];

  it('keeps unigrams and bigrams found in enough answers, commonest first', () => {
    const { terms, idf } = buildVocabulary(documents, 2, 100);
    expect(terms).toEqual(['list', 'long', 'list long', 'wait', 'wait list']);
    expect(idf[0]).toBeCloseTo(Math.log(5 / 4) + 1, 12);
    expect(buildVocabulary(documents, 2, 2).terms).toEqual(['list', 'long']);
  });

  it('weights terms by sublinear tf-idf and scales the answer to unit length', () => {
    const { terms, idf } = buildVocabulary(documents, 2, 100);
    const vectorizer = new Vectorizer(terms, idf);
    const single = vectorizer.vectorize(['wait', 'wait', 'unknown']);
    expect(single.length).toBe(1);
    expect(single.values[0]).toBeCloseTo(1, 12);
    const pair = vectorizer.vectorize(['wait', 'list']);
    const found = Array.from(pair.indices.slice(0, pair.length), (i) => terms[i]);
    expect(found).toEqual(['wait', 'list', 'wait list']);
    const norm = Math.hypot(...pair.values.slice(0, pair.length));
    expect(norm).toBeCloseTo(1, 12);
  });
});

describe('trainLinearSvm', () => {
  // Four answers over two terms; the label follows the first term.
  const data: SparseRows = {
    rowStart: Int32Array.from([0, 1, 3, 4, 6]),
    columns: Int32Array.from([0, 0, 1, 1, 0, 1]),
    values: Float64Array.from([1, 0.8, 0.6, 1, 0.3, 0.95]),
    columnCount: 2,
  };
  const rows = Int32Array.from([0, 1, 2, 3]);
  const positive = Uint8Array.from([1, 1, 0, 0]);

  it('reaches the optimum of the squared-hinge primal problem', () => {
    const c = 2;
    const model = trainLinearSvm(data, rows, positive, {
      costPositive: c,
      costNegative: c,
      biasFeature: 1,
      tolerance: 1e-9,
      maxEpochs: 10_000,
      random: seededRandom(3),
    });
    // At the optimum, w = 2C Σ max(0, 1 − y·margin) y x (the bias included as a feature of 1).
    const gradient = [...model.weights, model.bias];
    rows.forEach((r, k) => {
      const y = positive[k] ? 1 : -1;
      const slack = Math.max(0, 1 - y * margin(model, data, r));
      for (let p = data.rowStart[r] as number; p < (data.rowStart[r + 1] as number); p++) {
        const column = data.columns[p] as number;
        gradient[column] =
          (gradient[column] as number) - 2 * c * slack * y * (data.values[p] as number);
      }
      gradient[2] = (gradient[2] as number) - 2 * c * slack * y;
    });
    for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-6);
    rows.forEach((r, k) => {
      expect(margin(model, data, r) > 0).toBe(positive[k] === 1);
    });
  });
});

describe('calibration', () => {
  it('puts the threshold between the margins that give the best F1', () => {
    // Cutting after the third margin: TP 2, FP 1, FN 0 → F1 = 4/5.
    const best = bestThreshold(Float64Array.from([2, 1, 0.5, -1]), Uint8Array.from([1, 0, 1, 0]));
    expect(best).toEqual({ threshold: -0.25, f1: 0.8 });
    // Equal margins cannot be split.
    const tied = bestThreshold(Float64Array.from([1, 1, 0]), Uint8Array.from([1, 0, 0]));
    expect(tied.threshold).toBe(0.5);
  });

  it('makes a poorly learned label stricter when maximising pooled F1', () => {
    const clear = Float64Array.from([1, 1, 1, 1, 1, -1, -1, -1, -1, -1]);
    const clearTargets = Uint8Array.from([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    const muddled = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0]);
    const muddledTargets = Uint8Array.from([1, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
    const margins = [clear, muddled];
    const targets = [clearTargets, muddledTargets];
    // On its own the muddled label's F1 peaks (8/14) when every answer gets it...
    const own = chooseThresholds(margins, targets, 2, 'label-f1');
    expect(own.thresholds[1]).toBeLessThan(0);
    expect(own.microF1).toBeCloseTo(18 / 24, 12);
    // ...but pooled F1 peaks (12/15) when only its top answer does.
    const pooled = chooseThresholds(margins, targets, 2, 'micro-f1');
    expect(pooled.thresholds[0]).toBe(0);
    expect(pooled.thresholds[1]).toBeCloseTo(0.85, 12);
    expect(pooled.microF1).toBeCloseTo(12 / 15, 12);
    // Too few positives: the SVM's own boundary.
    expect(chooseThresholds(margins, targets, 5, 'micro-f1').thresholds[1]).toBe(0);
  });

  it('fits a decreasing sigmoid that never reaches 0 or 1', () => {
    const margins = Float64Array.from([-2, -1, -0.5, 0.5, 1, 2]);
    const { a, b } = fitPlatt(margins, Uint8Array.from([0, 0, 0, 1, 1, 1]));
    expect(a).toBeLessThan(0);
    expect(b).toBeCloseTo(0, 6); // symmetric data
    const top = 1 / (1 + Math.exp(a * 2 + b));
    expect(top).toBeGreaterThan(0.7);
    expect(top).toBeLessThan(1);
  });
});

describe('assignFolds', () => {
  it('spreads every label, rare ones too, over the folds', () => {
    const labelSets = Array.from({ length: 40 }, (_, i) => (i < 5 ? ['rare'] : ['common']));
    const folds = assignFolds(labelSets, 5, seededRandom(1));
    const rareFolds = new Set(Array.from(folds.slice(0, 5)));
    expect(rareFolds.size).toBe(5);
    expect(assignFolds(labelSets, 5, seededRandom(1))).toEqual(folds);
  });
});
