import { describe, expect, it } from 'vitest';
import { evaluateAgreement, splitHoldout } from './metrics.ts';

const coded = (rows: [string, string[]][]) => rows.map(([id, labels]) => ({ id, labels }));

describe('evaluateAgreement', () => {
  it("matches a worked example of Cohen's kappa", () => {
    // 50 answers: both say yes 20, only gold 5, only predicted 10, both no 15.
    // po = 35/50 = 0.7; pe = (30·25 + 20·25) / 50² = 0.5; kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const cells: [number, boolean, boolean][] = [
      [20, true, true],
      [5, true, false],
      [10, false, true],
      [15, false, false],
    ];
    const gold: [string, string[]][] = [];
    const predicted: [string, string[]][] = [];
    for (const [count, g, p] of cells) {
      for (let i = 0; i < count; i++) {
        const id = `${g}${p}${i}`;
        gold.push([id, g ? ['x'] : []]);
        predicted.push([id, p ? ['x'] : []]);
      }
    }
    const { themes } = evaluateAgreement(coded(gold), coded(predicted));
    expect(themes.x?.kappa).toBeCloseTo(0.4, 12);
    expect(themes.x?.precision).toBeCloseTo(20 / 30, 12);
    expect(themes.x?.recall).toBeCloseTo(0.8, 12);
    expect(themes.x?.f1).toBeCloseTo(40 / 55, 12);
    expect(themes.x?.support).toBe(25);
  });

  it('pools tables for micro figures and averages labels for macro ones', () => {
    const gold = coded([
      ['1', ['a']],
      ['2', ['a', 'b']],
      ['3', []],
      ['4', ['b']],
    ]);
    const predicted = coded([
      ['1', ['a']],
      ['2', ['b']],
      ['3', ['a']],
      ['4', ['b']],
    ]);
    const report = evaluateAgreement(gold, predicted);
    // a: TP 1, FP 1, FN 1, TN 1 → P = R = F1 = 0.5, po = 0.5, pe = 0.5, kappa 0.
    expect(report.themes.a).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, kappa: 0, support: 2 });
    // b: TP 2, TN 2 → all 1.
    expect(report.themes.b).toEqual({ precision: 1, recall: 1, f1: 1, kappa: 1, support: 2 });
    // pooled: TP 3, FP 1, FN 1, TN 3 → 0.75 each; po 0.75, pe (4·4 + 4·4)/64 = 0.5, kappa 0.5.
    expect(report.micro).toEqual({
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      kappa: 0.5,
      support: 4,
    });
    expect(report.macro).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, kappa: 0.5 });
  });

  it('follows the documented conventions for ratios of zero over zero', () => {
    const gold = coded([
      ['1', ['gold_only']],
      ['2', []],
      ['3', []],
      ['4', []],
    ]);
    const predicted = coded([
      ['1', []],
      ['2', ['predicted_only']],
      ['3', []],
      ['4', []],
    ]);
    const { themes } = evaluateAgreement(gold, predicted, [
      'gold_only',
      'predicted_only',
      'unused',
    ]);
    expect(themes.gold_only).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
      kappa: 0,
      support: 1,
    });
    expect(themes.predicted_only).toMatchObject({ precision: 0, recall: 0, f1: 0, kappa: 0 });
    expect(themes.unused).toEqual({ precision: 1, recall: 1, f1: 1, kappa: 1, support: 0 });
  });

  it('treats a missing prediction as no labels and rejects mismatched items', () => {
    const gold = coded([
      ['1', ['a']],
      ['2', []],
    ]);
    expect(evaluateAgreement(gold, coded([['2', []]])).themes.a?.recall).toBe(0);
    expect(() => evaluateAgreement(gold, coded([['3', []]]))).toThrow(/item 3 has no gold/);
    expect(() => evaluateAgreement([...gold, ...gold], [])).toThrow(/gold repeats item 1/);
  });
});

describe('splitHoldout', () => {
  const items = Array.from({ length: 100 }, (_, i) => ({
    id: String(i),
    labels: i % 20 === 0 ? ['rare'] : i % 2 ? ['odd'] : ['even'],
  }));

  it('holds out the requested share, the same for the same seed', () => {
    const { train, test } = splitHoldout(items, 0.3, 7);
    expect(test).toHaveLength(30);
    expect(new Set([...train, ...test].map((i) => i.id)).size).toBe(100);
    expect(splitHoldout(items, 0.3, 7)).toEqual({ train, test });
    expect(splitHoldout(items, 0.3, 8).test).not.toEqual(test);
  });

  it('puts rare labels on both sides', () => {
    const { train, test } = splitHoldout(items, 0.3, 1);
    const count = (part: typeof items) => part.filter((i) => i.labels.includes('rare')).length;
    expect(count(test)).toBeGreaterThanOrEqual(1);
    expect(count(train)).toBeGreaterThanOrEqual(3);
  });

  it('works for items without labels and rejects a bad fraction', () => {
    expect(splitHoldout([1, 2, 3, 4], 0.5, 1).test).toHaveLength(2);
    expect(() => splitHoldout([1], 1.5, 1)).toThrow(/between 0 and 1/);
  });
});
