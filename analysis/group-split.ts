// Splitting a development set into a part to tune on and a part to report on, whole groups at a
// time: comments quoted from one page share words and topic, so one page on both sides would let
// tuning on one part flatter the other.
import { seededRandom, shuffleInPlace } from './classifier/random.ts';

export const REPORT_FRACTION = 0.4;
export const SPLIT_SEED = 10;

export type SplitPart = 'tune' | 'report';

/**
 * Which part each item falls in: the distinct groups, sorted then shuffled with `seed`, the first
 * `reportFraction` of them (rounded) to report. The same groups and seed always give the same split.
 */
export function splitByGroup<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  reportFraction = REPORT_FRACTION,
  seed = SPLIT_SEED,
): { tune: T[]; report: T[] } {
  const groups = [...new Set(items.map(groupOf))].sort();
  const order = groups.map((_, i) => i);
  shuffleInPlace(order, seededRandom(seed));
  const reportCount = Math.round(groups.length * reportFraction);
  const reported = new Set(order.slice(0, reportCount).map((i) => groups[i]));
  const tune: T[] = [];
  const report: T[] = [];
  for (const item of items) (reported.has(groupOf(item)) ? report : tune).push(item);
  return { tune, report };
}
