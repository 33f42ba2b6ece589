// Which hours stand out: the usual rate is the median of the hours that had any response (a
// median, so one burst of 5,000 does not raise the bar it is measured against).
import type { HourCount } from '../../db/answer-clusters.ts';
import type { BurstHour } from '../set-aside-contracts.ts';

/** At least this many times the usual number, and at least this many responses in the hour. */
export const UNUSUAL_TIMES = 5;
export const UNUSUAL_FLOOR = 10;

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function burstHours(counts: readonly HourCount[]) {
  const usualPerHour = median(counts.map((c) => c.responses));
  const unusualFrom = Math.max(UNUSUAL_FLOOR, Math.ceil(UNUSUAL_TIMES * usualPerHour));
  const hours: BurstHour[] = counts.map((c) => ({ ...c, unusual: c.responses >= unusualFrom }));
  return { usualPerHour, unusualFrom, hours };
}
