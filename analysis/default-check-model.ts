// The model behind the weak-theme check of the default codebook (tagger/weak-theme-check.ts). It
// is trained only on the project's own composed comments (tests/data/send-comments-dev.jsonl)
// and the codebook's examples, never on a council's answers or on the real development set, and
// ships as a file so nothing is trained or downloaded when the app starts.
// Trained by check-model-training.ts; `npm run --silent cli -- check-model` rebuilds the file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClassifier } from './classifier/build-classifier.ts';
import type { ClassifierModel } from './classifier/model-format.ts';
import type { Codebook } from './codebook.ts';
import type { WeakThemeCheck } from './tagger/weak-theme-check.ts';

export const DEFAULT_CODEBOOK_ID = 'send-default';
export const DEFAULT_CHECK_MODEL_PATH = fileURLToPath(
  new URL('./codebooks/send-default-check-model.json', import.meta.url),
);

/** The check from a model document known to be valid (tests compare the file with training). */
export function weakThemeCheckFrom(model: ClassifierModel): WeakThemeCheck {
  const classifier = buildClassifier(model);
  return {
    labels: classifier.labels,
    scores: (stems) => new Map(classifier.predictStems(stems).map((p) => [p.label, p.score])),
  };
}

let shipped: WeakThemeCheck | undefined;

/** The shipped check for the default codebook (read once); other codebooks have none. */
export function defaultWeakThemeCheck(codebook: Codebook): WeakThemeCheck | undefined {
  if (codebook.id !== DEFAULT_CODEBOOK_ID) return undefined;
  shipped ??= weakThemeCheckFrom(readShippedModel());
  return shipped;
}

/** The shipped file, trusted but checked for the one mistake a bad rebuild would make. */
function readShippedModel(): ClassifierModel {
  const model: ClassifierModel = JSON.parse(readFileSync(DEFAULT_CHECK_MODEL_PATH, 'utf8'));
  if (!Array.isArray(model.labels) || model.weights?.length !== model.labels.length) {
    throw new Error(`${DEFAULT_CHECK_MODEL_PATH} is not a classifier model`);
  }
  return model;
}
