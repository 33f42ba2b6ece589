import { describe, expect, it } from 'vitest';
import { evaluateAgreement } from '../metrics.ts';
import { loadClassifier, MODEL_FORMAT, trainClassifier } from './index.ts';
import { TRAINING, UNSEEN } from './send-comments.fixture.ts';

const examples = TRAINING.map(([text, labels]) => ({ text, labels }));
const model = trainClassifier(examples);
const classifier = loadClassifier(model);

describe('trainClassifier', () => {
  it('learns the themes and tags sentences it has not seen', () => {
    const gold = UNSEEN.map(([, labels], i) => ({ id: String(i), labels }));
    const predicted = UNSEEN.map(([text], i) => ({
      id: String(i),
      labels: classifier.assign(text),
    }));
    const { micro, themes } = evaluateAgreement(gold, predicted, classifier.labels);
    expect(micro.f1).toBeGreaterThanOrEqual(0.8);
    for (const label of ['delays', 'communication', 'transport']) {
      expect(themes[label]?.f1).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('scores every learned label between 0 and 1, higher for the right one', () => {
    const predictions = classifier.predict('The taxi to school is always late.');
    expect(predictions.map((p) => p.label).sort()).toEqual([
      'communication',
      'delays',
      'transport',
    ]);
    for (const p of predictions) expect(p.score).toBeGreaterThanOrEqual(0);
    for (const p of predictions) expect(p.score).toBeLessThanOrEqual(1);
    const best = predictions.reduce((a, b) => (b.score > a.score ? b : a));
    expect(best).toMatchObject({ label: 'transport', assigned: true });
  });

  it('reports labels with too few examples as not learned', () => {
    expect(classifier.labels).not.toContain('tribunal');
    expect(model.untrainedLabels).toEqual([{ label: 'tribunal', positives: 2 }]);
    expect(classifier.untrainedLabels).toEqual(model.untrainedLabels);
    expect(classifier.explain('Going to tribunal', 'tribunal')).toEqual([]);
  });

  it('explains a decision in the answer’s own words', () => {
    const reasons = classifier.explain(
      'Nobody replies to my emails about transport.',
      'communication',
    );
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.some((r) => /repl|email|nobody/.test(r))).toBe(true);
    expect(reasons.every((r) => 'nobody replies to my emails about transport'.includes(r))).toBe(
      true,
    );
  });

  it('gives assigned labels with their evidence in one pass', () => {
    for (const [text] of UNSEEN) {
      const expected = classifier
        .predict(text)
        .filter((p) => p.assigned)
        .map((p) => ({
          label: p.label,
          score: p.score,
          evidence: classifier.explain(text, p.label, 3),
        }));
      expect(classifier.assignWithEvidence(text, 3)).toEqual(expected);
    }
  });

  it('gives the same model for the same input', () => {
    expect(trainClassifier(examples)).toEqual(model);
  });

  it('copes with text that has no known words', () => {
    const predictions = classifier.predict('🙂 123');
    expect(predictions).toHaveLength(3);
    expect(classifier.assign('')).toEqual([]);
  });
});

describe('trainClassifier on too little data', () => {
  it('gives a usable model that has learned nothing', () => {
    for (const few of [[], examples.filter((e) => e.labels.includes('tribunal'))]) {
      const empty = loadClassifier(JSON.parse(JSON.stringify(trainClassifier(few))));
      expect(empty.labels).toEqual([]);
      expect(empty.predict('The taxi was late.')).toEqual([]);
    }
  });

  it('rejects a cost that is not a positive number', () => {
    expect(() => trainClassifier(examples, { c: [] })).toThrow(/c must be/);
    expect(() => trainClassifier(examples, { c: -1 })).toThrow(/c must be/);
  });
});

describe('loadClassifier', () => {
  it('round-trips a model through JSON with identical predictions', () => {
    const copy = loadClassifier(JSON.parse(JSON.stringify(model)));
    for (const [text] of [...UNSEEN, ...TRAINING.slice(0, 10)]) {
      expect(copy.predict(text)).toEqual(classifier.predict(text));
    }
    expect(model.format).toBe(MODEL_FORMAT);
  });

  it('rejects a malformed model with a clear error', () => {
    expect(() => loadClassifier({ format: 'something-else/9' })).toThrow(
      /Not a valid classifier model: format/,
    );
    expect(() => loadClassifier({ ...model, bias: model.bias.slice(1) })).toThrow(
      /bias: has 2 entries for 3 labels/,
    );
    const weights = [{ scale: 1, values: [0.5] }, ...model.weights.slice(1)];
    expect(() => loadClassifier({ ...model, weights })).toThrow(/weights\.0/);
    expect(() => loadClassifier(null)).toThrow(/Not a valid classifier model/);
  });
});
