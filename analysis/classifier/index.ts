// The classifier's public surface. Train from human-coded answers, keep the JSON model, load it
// to tag new answers:
//
//   const model = trainClassifier(coded.map((a) => ({ text: a.text, labels: a.themes })));
//   const classifier = loadClassifier(model); // or a model read back from storage
//   classifier.predict(text);  // every learned label with a 0..1 score and `assigned`
//   classifier.explain(text, 'delays'); // ['waiting list', 'months', ...]
//
// Labels with too few examples are not learned (model.untrainedLabels): leave those to the rules.
export {
  type AssignedLabel,
  type Classifier,
  type LabelPrediction,
  loadClassifier,
} from './load.ts';
export { type ClassifierModel, classifierModelSchema, MODEL_FORMAT } from './model-format.ts';
export type { ThresholdObjective } from './thresholds.ts';
export { type TrainingExample, type TrainOptions, trainClassifier } from './train.ts';
