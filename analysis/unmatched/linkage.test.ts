import { describe, expect, it } from 'vitest';
import { seededRandom } from '../classifier/random.ts';
import { averageLinkage } from './linkage.ts';

/** The textbook way: merge the most similar pair of groups until none reaches the cut. */
function naive(sim: (a: number, b: number) => number, n: number, cut: number): number[][] {
  let groups = Array.from({ length: n }, (_, i) => [i]);
  const between = (x: number[], y: number[]) =>
    x.reduce((s, a) => s + y.reduce((t, b) => t + sim(a, b), 0), 0) / (x.length * y.length);
  for (;;) {
    let best: [number, number, number] | undefined;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const s = between(groups[i] as number[], groups[j] as number[]);
        if (s >= cut && (!best || s > best[2])) best = [i, j, s];
      }
    }
    if (!best) break;
    const [i, j] = best;
    const merged = [...(groups[i] as number[]), ...(groups[j] as number[])].sort((a, b) => a - b);
    groups = groups.filter((_, k) => k !== i && k !== j).concat([merged]);
  }
  return groups;
}

const canonical = (groups: number[][]) => groups.map((g) => g.join(',')).sort();

describe('averageLinkage', () => {
  it('finds the same groups as merging the closest pair each time', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const n = 30;
      const points = Array.from({ length: n }, () => [random(), random()]);
      const sim = (a: number, b: number) =>
        1 -
        Math.hypot(
          (points[a]?.[0] ?? 0) - (points[b]?.[0] ?? 0),
          (points[a]?.[1] ?? 0) - (points[b]?.[1] ?? 0),
        );
      const matrix = new Float32Array(n * n);
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) matrix[a * n + b] = sim(a, b);
      // Float32 storage, so compare against the same rounded similarities.
      const stored = (a: number, b: number) => matrix[a * n + b] as number;
      const expected = canonical(naive(stored, n, 0.7));
      const got = canonical(averageLinkage(matrix, n, new Array(n).fill(true), 0.7));
      expect(got).toEqual(expected);
    }
  });

  it('leaves out the items it is told to', () => {
    const matrix = new Float32Array([1, 0.9, 0.9, 0.9, 1, 0.9, 0.9, 0.9, 1]);
    expect(averageLinkage(matrix, 3, [true, false, true], 0.5)).toEqual([[0, 2]]);
  });
});
