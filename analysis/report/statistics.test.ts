import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, percent, twoProportionZTest, wilson } from './statistics.ts';

describe('wilson', () => {
  it('matches hand-computed 95% Wilson intervals', () => {
    // 39/100: centre (0.39 + 1.96²/200) / (1 + 1.96²/100) = 0.39407, half-width 0.09390.
    expect(wilson(39, 100)).toEqual([30.0, 48.8]);
    expect(wilson(489, 660)).toEqual([70.6, 77.3]);
    expect(wilson(5, 20)).toEqual([11.2, 46.9]);
  });

  it('stays within 0..100 at the extremes', () => {
    expect(wilson(0, 10)).toEqual([0, 27.8]);
    expect(wilson(10, 10)).toEqual([72.2, 100]);
    expect(wilson(1, 1)).toEqual([20.7, 100]);
    expect(wilson(0, 0)).toEqual([0, 100]);
  });

  it('rounds percentages to one decimal', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('normal distribution', () => {
  // Reference values to 16 digits (Abramowitz and Stegun; scipy.special).
  const cases: [number, number][] = [
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [2.5, 0.999593047982555],
    [3, 0.9999779095030014],
  ];

  it('computes erf and erfc to well under 1e-7', () => {
    for (const [x, value] of cases) {
      expect(Math.abs(erf(x) - value)).toBeLessThan(1e-13);
      expect(Math.abs(erf(-x) + value)).toBeLessThan(1e-13);
      expect(Math.abs(erfc(x) - (1 - value))).toBeLessThan(1e-13);
    }
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
    expect(erfc(6) / 2.151973671249892e-17).toBeCloseTo(1, 10);
  });

  it('is continuous where the series hands over to the continued fraction', () => {
    expect(Math.abs(erf(2.4999999999) - erf(2.5000000001))).toBeLessThan(1e-12);
  });

  it('gives the standard normal CDF, tails included', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(0.3)).toBeCloseTo(0.6179114221889526, 14);
    expect(normalCdf(-3) / 0.0013498980316300933).toBeCloseTo(1, 12);
    expect(normalCdf(-6) / 9.865876450376946e-10).toBeCloseTo(1, 10);
  });
});

describe('twoProportionZTest', () => {
  it('matches a known p-value: 30/100 then 45/100', () => {
    // pooled p = 0.375, se = sqrt(0.375 · 0.625 · 0.02) = 0.068465, z = 0.15 / se = 2.19089.
    const test = twoProportionZTest(30, 100, 45, 100);
    expect(test?.z).toBeCloseTo(2.1908902300206647, 12);
    expect(test?.p).toBeCloseTo(0.02845973691631055, 12);
  });

  it('is symmetric and far from significant for a small change', () => {
    const up = twoProportionZTest(40, 100, 45, 100);
    const down = twoProportionZTest(45, 100, 40, 100);
    expect(up?.p).toBeCloseTo(down?.p ?? 0, 15);
    expect(up?.p).toBeGreaterThan(0.4);
  });

  it('keeps tiny p-values (30% to 60% of 420)', () => {
    const test = twoProportionZTest(126, 420, 252, 420);
    expect((test?.p ?? 0) / 2.359564172384979e-18).toBeCloseTo(1, 8);
  });

  it('has no answer without data and p = 1 without variation', () => {
    expect(twoProportionZTest(0, 0, 5, 10)).toBeUndefined();
    expect(twoProportionZTest(10, 10, 20, 20)).toEqual({ z: 0, p: 1 });
  });
});
