// Agreement between two codings of the same answers (a person's and the classifier's, or two
// people's), per theme and overall, as reported to the engagement team.
//
// Conventions for ratios that would be 0/0, chosen so that a theme neither side used counts as
// agreement rather than failure, and one side's silence on a theme the other used counts as failure:
// - precision = TP / (TP + FP); with no predicted positives it is 1 if there were no gold positives
//   either, else 0.
// - recall = TP / (TP + FN); with no gold positives it is 1 if nothing was predicted either, else 0.
// - f1 = 2TP / (2TP + FP + FN); 1 when both sides have no positives.
// - kappa (Cohen's) = (po - pe) / (1 - pe); when pe = 1 both sides gave every item the same single
//   answer, so they agree perfectly and kappa is 1.
// - macro figures are plain means over the labels evaluated; micro figures pool the 2x2 tables.
// Labels default to every label either side used; pass `labels` to fix the set (then a label
// neither side used scores 1 everywhere, as above). Nothing is rounded.
import { seededRandom } from './classifier/random.ts';
import { stratifiedOrder } from './classifier/stratify.ts';

export interface CodedItem {
  id: string;
  labels: readonly string[];
}

export interface Agreement {
  precision: number;
  recall: number;
  f1: number;
  kappa: number;
  support: number;
}

export interface AgreementReport {
  themes: Record<string, Agreement>;
  micro: Agreement;
  macro: Omit<Agreement, 'support'>;
}

interface Table {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function score({ tp, fp, fn, tn }: Table): Agreement {
  const n = tp + fp + fn + tn;
  const precision = tp + fp > 0 ? tp / (tp + fp) : tp + fn > 0 ? 0 : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp > 0 ? 0 : 1;
  const f1 = tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 1;
  const observed = n > 0 ? (tp + tn) / n : 1;
  const chance = n > 0 ? ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n) : 1;
  const kappa = chance < 1 ? (observed - chance) / (1 - chance) : 1;
  return { precision, recall, f1, kappa, support: tp + fn };
}

function indexById(items: readonly CodedItem[], side: string): Map<string, Set<string>> {
  const byId = new Map<string, Set<string>>();
  for (const item of items) {
    if (byId.has(item.id)) throw new Error(`evaluateAgreement: ${side} repeats item ${item.id}`);
    byId.set(item.id, new Set(item.labels));
  }
  return byId;
}

/**
 * Compares `predicted` with `gold` over the gold items; an item missing from `predicted` counts as
 * given no labels, and a predicted item absent from gold is an error (the sets were mismatched).
 */
export function evaluateAgreement(
  gold: readonly CodedItem[],
  predicted: readonly CodedItem[],
  labels?: readonly string[],
): AgreementReport {
  const goldById = indexById(gold, 'gold');
  const predictedById = indexById(predicted, 'predicted');
  for (const id of predictedById.keys()) {
    if (!goldById.has(id)) throw new Error(`evaluateAgreement: item ${id} has no gold coding`);
  }
  const labelSet =
    labels ?? [...new Set([...gold, ...predicted].flatMap((item) => item.labels))].sort();
  const themes: Record<string, Agreement> = {};
  const pooled: Table = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const sums = { precision: 0, recall: 0, f1: 0, kappa: 0 };
  for (const label of labelSet) {
    const table: Table = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const [id, goldLabels] of goldById) {
      const isGold = goldLabels.has(label);
      const isPredicted = predictedById.get(id)?.has(label) ?? false;
      if (isGold && isPredicted) table.tp++;
      else if (isPredicted) table.fp++;
      else if (isGold) table.fn++;
      else table.tn++;
    }
    const result = score(table);
    themes[label] = result;
    for (const key of ['tp', 'fp', 'fn', 'tn'] as const) pooled[key] += table[key];
    for (const key of ['precision', 'recall', 'f1', 'kappa'] as const) sums[key] += result[key];
  }
  const count = labelSet.length;
  const mean = (sum: number) => (count > 0 ? sum / count : 0);
  return {
    themes,
    micro: score(pooled),
    macro: {
      precision: mean(sums.precision),
      recall: mean(sums.recall),
      f1: mean(sums.f1),
      kappa: mean(sums.kappa),
    },
  };
}

/**
 * Splits items into train and test, about `testFraction` of them in test, the same for the same
 * seed. Items with a `labels` array are stratified by their rarest label, so that rare labels are
 * represented on both sides.
 */
export function splitHoldout<T>(
  items: readonly T[],
  testFraction: number,
  seed: number,
): { train: T[]; test: T[] } {
  if (!(testFraction >= 0 && testFraction <= 1)) {
    throw new Error('splitHoldout: testFraction must be between 0 and 1');
  }
  const labelSets = items.map((item) => labelsOf(item));
  const train: T[] = [];
  const test: T[] = [];
  stratifiedOrder(labelSets, seededRandom(seed)).forEach((index, position) => {
    // Systematic sampling along the stratified order: every stretch gets its share of test items.
    const isTest = Math.floor((position + 1) * testFraction) > Math.floor(position * testFraction);
    (isTest ? test : train).push(items[index] as T);
  });
  return { train, test };
}

function labelsOf(item: unknown): string[] {
  if (typeof item !== 'object' || item === null || !('labels' in item)) return [];
  const { labels } = item;
  return Array.isArray(labels) ? labels.filter((l): l is string => typeof l === 'string') : [];
}
