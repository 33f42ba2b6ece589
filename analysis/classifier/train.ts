// Training a multi-label classifier from human-coded answers: TF-IDF features, one linear SVM per
// label, and per-label thresholds and score calibration from internal cross-validation. Pure:
// the same examples and options always give the same model.
import { answerStems } from './answer-stems.ts';
import { fitPlatt } from './calibration.ts';
import { buildVocabulary, Vectorizer } from './features.ts';
import {
  type ClassifierModel,
  type ClassWeight,
  MODEL_FORMAT,
  WEIGHT_STEPS,
} from './model-format.ts';
import { outOfFoldMargins, type SolverSettings, trainLabel } from './one-vs-rest.ts';
import { seededRandom } from './random.ts';
import { assignFolds } from './stratify.ts';
import { chooseThresholds, type ThresholdObjective } from './thresholds.ts';

export interface TrainingExample {
  text: string;
  labels: readonly string[];
}

export interface TrainOptions {
  /** SVM cost; with several, internal cross-validation picks the one with the best micro-F1. */
  c?: number | readonly number[];
  classWeight?: ClassWeight;
  /** Labels with fewer positive examples are not learned (and listed as untrained). */
  minPositives?: number;
  /** Below this many positives a tuned threshold is noise, so the SVM's own margin 0 is used. */
  minPositivesForThreshold?: number;
  /** What the thresholds maximise on the cross-validated margins; see chooseThresholds. */
  thresholdObjective?: ThresholdObjective;
  minDocumentFrequency?: number;
  maxTerms?: number;
  /** Internal cross-validation folds; below 2, thresholds stay at 0 and scores are a fixed logistic. */
  folds?: number;
  tolerance?: number;
  maxEpochs?: number;
  seed?: number;
  trainedAt?: string;
}

type Settings = Required<Omit<TrainOptions, 'trainedAt'>>;

const DEFAULTS: Settings = {
  c: [0.25, 0.5, 1],
  classWeight: 'sqrt',
  minPositives: 3,
  minPositivesForThreshold: 5,
  thresholdObjective: 'micro-f1',
  minDocumentFrequency: 2,
  maxTerms: 50_000,
  folds: 5,
  tolerance: 0.1,
  maxEpochs: 1000,
  seed: 1,
};

/** Options left undefined keep their defaults (a plain spread would let them erase them). */
function withDefaults(options: TrainOptions): Settings & Pick<TrainOptions, 'trainedAt'> {
  const o: Settings & Pick<TrainOptions, 'trainedAt'> = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Settings)[]) {
    if (options[key] !== undefined) Object.assign(o, { [key]: options[key] });
  }
  if (options.trainedAt !== undefined) o.trainedAt = options.trainedAt;
  return o;
}

/** Without cross-validation: margin 0 maps to 0.5 and margin ±1 (the SVM's margin) to 0.12/0.88. */
const FIXED_LOGISTIC = { a: -2, b: 0 };

export function trainClassifier(
  examples: readonly TrainingExample[],
  options: TrainOptions = {},
): ClassifierModel {
  const o = withDefaults(options);
  const documents = examples.map((e) => answerStems(e.text));
  const labelSets = examples.map((e) => [...new Set(e.labels)]);
  const positives = new Map<string, number>();
  for (const labels of labelSets) {
    for (const label of labels) positives.set(label, (positives.get(label) ?? 0) + 1);
  }
  const allLabels = [...positives.keys()].sort();
  const labels = allLabels.filter((l) => (positives.get(l) as number) >= o.minPositives);
  const untrainedLabels = allLabels
    .filter((l) => (positives.get(l) as number) < o.minPositives)
    .map((label) => ({ label, positives: positives.get(label) as number }));

  const vocabulary = buildVocabulary(documents, o.minDocumentFrequency, o.maxTerms);
  const data = new Vectorizer(vocabulary.terms, vocabulary.idf).matrix(documents);
  const targets = labels.map((label) => Uint8Array.from(labelSets, (ls) => +ls.includes(label)));
  const folds = Math.min(o.folds, examples.length);
  const base = { classWeight: o.classWeight, biasFeature: 1, tolerance: o.tolerance };
  const solver = (c: number): SolverSettings => ({
    ...base,
    c,
    maxEpochs: o.maxEpochs,
    seed: o.seed,
  });
  const candidates = typeof o.c === 'number' ? [o.c] : [...o.c];
  if (candidates.length === 0 || !candidates.every((c) => c > 0 && Number.isFinite(c))) {
    throw new Error('trainClassifier: c must be one or more positive numbers');
  }

  let chosen = { c: candidates[0] as number, fit: undefined as Calibrated | undefined };
  if (folds >= 2 && labels.length > 0) {
    const fold = assignFolds(labelSets, folds, seededRandom(o.seed));
    let best = -1;
    for (const c of candidates) {
      const margins = outOfFoldMargins(data, targets, fold, folds, solver(c));
      const fit = calibrate(margins, targets, o);
      if (fit.microF1 > best) {
        best = fit.microF1;
        chosen = { c, fit };
      }
    }
  }
  const all = Int32Array.from(examples, (_, i) => i);
  const models = targets.map((t, l) => trainLabel(data, all, t, solver(chosen.c), l * 101));
  return {
    format: MODEL_FORMAT,
    labels,
    untrainedLabels,
    vocabulary: vocabulary.terms,
    idf: vocabulary.idf,
    weights: models.map((m) => quantise(m.weights)),
    bias: models.map((m) => m.bias),
    thresholds: chosen.fit?.thresholds ?? labels.map(() => 0),
    calibration: chosen.fit?.calibration ?? labels.map(() => ({ ...FIXED_LOGISTIC })),
    settings: {
      ...base,
      c: chosen.c,
      minDocumentFrequency: o.minDocumentFrequency,
      folds: chosen.fit ? folds : 0,
    },
    ...(chosen.fit ? { crossValidatedMicroF1: chosen.fit.microF1 } : {}),
    ...(o.trainedAt ? { trainedAt: o.trainedAt } : {}),
    exampleCount: examples.length,
  };
}

interface Calibrated {
  thresholds: number[];
  calibration: { a: number; b: number }[];
  microF1: number;
}

/** Per-label thresholds and Platt scaling from out-of-fold margins, and the pooled F1 they give. */
function calibrate(margins: Float64Array[], targets: Uint8Array[], o: Settings): Calibrated {
  const { thresholds, microF1 } = chooseThresholds(
    margins,
    targets,
    o.minPositivesForThreshold,
    o.thresholdObjective,
  );
  const calibration = margins.map((m, l) => {
    const platt = fitPlatt(m, targets[l] as Uint8Array);
    // A non-negative slope means the margins did not rank positives first: keep scores monotone.
    if (platt.a < 0) return platt;
    return { a: FIXED_LOGISTIC.a, b: -FIXED_LOGISTIC.a * (thresholds[l] as number) };
  });
  return { thresholds, calibration, microF1 };
}

/** The weights as integers times one scale per label (see the model format for why). */
function quantise(weights: Float64Array) {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / WEIGHT_STEPS;
  return { scale, values: Array.from(weights, (w) => (scale > 0 ? Math.round(w / scale) : 0)) };
}
