// Proportions, their 95% Wilson intervals and the two-proportion z-test used for wave-to-wave
// change. Wilson rather than the textbook normal interval because it stays inside 0..100 and
// behaves at small n and near 0% or 100%, which small groups in breakdowns often are.

/** The 97.5th percentile of the standard normal distribution. */
export const Z95 = 1.959963984540054;

/** One decimal place, as every published percentage is shown. */
export const round1 = (x: number) => Math.round(x * 10) / 10;

export const percent = (count: number, n: number) => (n > 0 ? round1((count / n) * 100) : 0);

/** 95% Wilson score interval of count/n, in percent, one decimal. */
export function wilson(count: number, n: number): [number, number] {
  if (n <= 0) return [0, 100];
  const p = count / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const clamp = (x: number) => Math.min(100, Math.max(0, round1(x * 100)));
  return [clamp(centre - half), clamp(centre + half)];
}

const TWO_OVER_ROOT_PI = 1.1283791670955126;

/** erf by its Maclaurin series: alternating terms, enough digits for |x| < 2.5 (error < 1e-14). */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const next = term / (2 * n + 1);
    sum += next;
    if (Math.abs(next) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_ROOT_PI * sum;
}

/** erfc by its continued fraction (modified Lentz), accurate for x ≥ 2.5 where the series fails. */
function erfcFraction(x: number): number {
  // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}

export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  return x < 2.5 ? 1 - erfSeries(x) : erfcFraction(x);
}

export function erf(x: number): number {
  if (Math.abs(x) < 2.5) return erfSeries(x);
  return x > 0 ? 1 - erfcFraction(x) : erfcFraction(-x) - 1;
}

/** Standard normal CDF, via erfc so the far tails keep their relative precision. */
export const normalCdf = (z: number) => 0.5 * erfc(-z / Math.SQRT2);

export interface ZTest {
  z: number;
  /** Two-sided p-value. */
  p: number;
}

/** Pooled two-proportion z-test of x2/n2 against x1/n1; undefined when it cannot be computed. */
export function twoProportionZTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): ZTest | undefined {
  if (n1 <= 0 || n2 <= 0) return undefined;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, p: 1 };
  const z = (x2 / n2 - x1 / n1) / se;
  return { z, p: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
