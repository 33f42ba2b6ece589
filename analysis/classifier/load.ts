// A trained model made ready to use: validated, with weights laid out feature by feature so that
// scoring an answer touches only the rows of the few terms it contains (about 80 for 40 words).
import { buildClassifier, type Classifier } from './build-classifier.ts';
import { classifierModelSchema } from './model-format.ts';

export type { AssignedLabel, Classifier, LabelPrediction } from './build-classifier.ts';

export function loadClassifier(model: unknown): Classifier {
  const parsed = classifierModelSchema.safeParse(model);
  if (!parsed.success) {
    throw new Error(
      `Not a valid classifier model: ${parsed.error.issues.map(describe).join('; ')}`,
    );
  }
  return buildClassifier(parsed.data);
}

function describe(issue: { path: PropertyKey[]; message: string }): string {
  return issue.path.length
    ? `${issue.path.map(String).join('.')}: ${issue.message}`
    : issue.message;
}
