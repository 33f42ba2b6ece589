// How the default codebook's check model (default-check-model.ts) is trained: kept apart so that
// tagging loads only the code that reads a model.
import { type TrainingExample, trainClassifier } from './classifier/index.ts';
import type { Codebook } from './codebook.ts';

/** The training data: coded answers and, once per theme example, that theme alone. */
export function checkModelExamples(
  coded: readonly { text: string; themes: readonly string[] }[],
  codebook: Codebook,
): TrainingExample[] {
  const examples: TrainingExample[] = coded.map((a) => ({ text: a.text, labels: a.themes }));
  for (const theme of codebook.themes) {
    for (const text of theme.examples) examples.push({ text, labels: [theme.id] });
  }
  return examples;
}

export function trainCheckModel(examples: readonly TrainingExample[]) {
  // Terms in one answer only were tried too: the same figures from a file three times the size.
  return trainClassifier(examples, { c: [0.25, 0.5, 1, 2], minDocumentFrequency: 2 });
}
