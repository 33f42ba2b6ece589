// A trend in words: "60% agreed, up from 30% in “Confidence survey, March 2025” (a significant
// change)". Only shown figures are compared; next to a hidden one the sentence says so.
import type { TrendPoint } from '../report-types.ts';
import { quoted, whole } from './plain-words.ts';

export function trendSentence(points: readonly TrendPoint[], subject: string): string | undefined {
  const now = points.at(-1);
  const before = points.at(-2);
  if (!now || !before) return undefined;
  if (now.percent === undefined || before.percent === undefined) {
    return `${subject}: this survey cannot be compared with ${quoted(before.title)}, as one of the two figures is not shown.`;
  }
  const change = Math.round(now.percent) - Math.round(before.percent);
  const direction =
    change > 0
      ? `up from ${whole(before.percent)}`
      : change < 0
        ? `down from ${whole(before.percent)}`
        : `the same as the ${whole(before.percent)}`;
  const significance = now.significant
    ? 'a significant change'
    : now.p === undefined
      ? 'not tested'
      : 'not a significant change';
  return `${subject}: ${whole(now.percent)} agreed, ${direction} in ${quoted(before.title)} (${significance}).`;
}
