// Times the theme classifier at the scale of the real patient-feedback set (7,400 comments, 44
// themes, 70/30 split) on synthetic comments. The micro-F1 printed is a sanity check that the
// pipeline works end to end, not a measure of quality: the synthetic themes are easy by design.
// Times are CPU time of this process as well as wall time, since a shared machine's other work
// stretches the wall clock but not the CPU time the classifier itself needs.
import { loadClassifier, trainClassifier } from '../../analysis/classifier/index.ts';
import { evaluateAgreement, splitHoldout } from '../../analysis/metrics.ts';
import { contentStems } from '../../analysis/text/tokens.ts';
import { syntheticFeedback } from './synthetic-feedback.ts';

export interface ClassifierBenchResult {
  trainSeconds: number;
  trainCpuSeconds: number;
  modelBytes: number;
  microF1: number;
  /** Per core, from text (tokenising included). */
  predictionsPerSecond: number;
  microsecondsPerPrediction: number;
  /** From stems already tokenised (predictStems). */
  microsecondsPerStemPrediction: number;
}

/** Runs `work` once, returning its value with the wall and CPU seconds it took. */
function measure<T>(work: () => T): { value: T; wall: number; cpu: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/** CPU microseconds per call of `predict` over `inputs`, repeated for about a second. */
function perCall<T>(inputs: readonly T[], predict: (input: T) => unknown): number {
  for (const input of inputs) predict(input); // warm up the JIT
  let calls = 0;
  const { cpu } = measure(() => {
    const end = performance.now() + 1000;
    while (performance.now() < end) {
      for (const input of inputs) predict(input);
      calls += inputs.length;
    }
  });
  return (cpu * 1e6) / calls;
}

export function runClassifierBench(
  log: (line: string) => void = console.log,
): ClassifierBenchResult {
  const items = syntheticFeedback(7400, 44, 1).map((c, i) => ({ id: String(i), ...c }));
  const { train, test } = splitHoldout(items, 0.3, 1);

  const training = measure(() => trainClassifier(train));
  const model = training.value;
  const modelBytes = Buffer.byteLength(JSON.stringify(model));
  const classifier = loadClassifier(JSON.parse(JSON.stringify(model)));
  const predicted = test.map((item) => ({ id: item.id, labels: classifier.assign(item.text) }));
  const { micro } = evaluateAgreement(test, predicted);

  const texts = test.map((item) => item.text);
  const stems = texts.map((t) => contentStems(t));
  const fromText = perCall(texts, (text) => classifier.predict(text));
  // Tagging tokenises each answer once for the rules too, so it can hand the stems over.
  const fromStems = perCall(stems, (s) => classifier.predictStems(s));
  const words = stems.reduce((sum, s) => sum + s.length, 0) / stems.length;

  const result: ClassifierBenchResult = {
    trainSeconds: training.wall,
    trainCpuSeconds: training.cpu,
    modelBytes,
    microF1: micro.f1,
    predictionsPerSecond: 1e6 / fromText,
    microsecondsPerPrediction: fromText,
    microsecondsPerStemPrediction: fromStems,
  };
  const untrained = model.untrainedLabels.length;
  log(`classifier: ${train.length} synthetic comments, ${model.labels.length} labels learned`);
  log(
    `  training    ${training.wall.toFixed(1)} s (${training.cpu.toFixed(1)} s CPU), c=${model.settings.c}, ${untrained} labels too rare`,
  );
  log(
    `  model       ${(modelBytes / 1e6).toFixed(1)} MB of JSON, ${model.vocabulary.length} terms`,
  );
  log(`  micro-F1    ${micro.f1.toFixed(3)} on ${test.length} held out (synthetic: not evidence)`);
  log(
    `  predict     ${fromText.toFixed(1)} µs CPU each from text (${Math.round(1e6 / fromText)}/s per core), ${words.toFixed(0)} words on average`,
  );
  log(`              ${fromStems.toFixed(1)} µs CPU each from stems (predictStems)`);
  return result;
}
