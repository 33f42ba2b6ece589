// Turning out-of-fold margins (from internal cross-validation) into a 0..1 score. They come from
// answers each fold's model had not seen, so they show how the final model will score new
// answers rather than the answers it memorised.

/** log(1 + e^z) without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/**
 * Platt scaling: score = 1 / (1 + exp(a·margin + b)), fitted by Newton's method with a backtracking
 * line search on regularised targets (Platt 1999, as refined by Lin, Lin & Weng 2007), so that a
 * label with few positives does not get scores of exactly 0 and 1.
 */
export function fitPlatt(margins: Float64Array, positive: Uint8Array): { a: number; b: number } {
  const n = margins.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += positive[i] as number;
  const negatives = n - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const target = (i: number) => (positive[i] ? high : low);
  const loss = (a: number, b: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = (margins[i] as number) * a + b;
      sum += softplus(z) - (1 - target(i)) * z;
    }
    return sum;
  };
  let a = 0;
  let b = Math.log((negatives + 1) / (positives + 1));
  let value = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hbb = 1e-12;
    let hab = 0;
    for (let i = 0; i < n; i++) {
      const m = margins[i] as number;
      const z = m * a + b;
      const p = z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
      const d = target(i) - p;
      const w = p * (1 - p);
      ga += m * d;
      gb += d;
      haa += m * m * w;
      hbb += w;
      hab += m * w;
    }
    if (Math.abs(ga) < 1e-5 && Math.abs(gb) < 1e-5) break;
    const det = haa * hbb - hab * hab;
    const da = -(hbb * ga - hab * gb) / det;
    const db = -(-hab * ga + haa * gb) / det;
    const slope = ga * da + gb * db;
    let step = 1;
    for (; step >= 1e-10; step /= 2) {
      const next = loss(a + step * da, b + step * db);
      if (next < value + 1e-4 * step * slope) {
        a += step * da;
        b += step * db;
        value = next;
        break;
      }
    }
    if (step < 1e-10) break; // no further progress possible
  }
  return { a, b };
}
