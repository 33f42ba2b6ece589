// A trend in words, each figure with its base: "60% of the 120 who gave a view agreed, up 30
// percentage points from 30% of 98 in “Confidence survey, March 2025” (a significant change)".
// Only shown figures are compared; next to a hidden one the sentence says so.
import type { TrendPoint } from '../report-types.ts';
import { quoted, thousands, whole } from './plain-words.ts';

/** "70% of the 43 who gave a view": the point's own base, when the report gives it. */
const share = (p: TrendPoint, first: boolean) =>
  p.n === undefined
    ? whole(p.percent ?? 0)
    : `${whole(p.percent ?? 0)} of ${first ? 'the ' : ''}${thousands(p.n)}${first ? ' who gave a view' : ''}`;

export function trendSentence(points: readonly TrendPoint[], subject: string): string | undefined {
  const now = points.at(-1);
  const before = points.at(-2);
  if (!now || !before) return undefined;
  if (now.percent === undefined || before.percent === undefined) {
    return `${subject}: this survey cannot be compared with ${quoted(before.title)}, as one of the two figures is not shown.`;
  }
  const change = Math.round(now.percent) - Math.round(before.percent);
  const unit = Math.abs(change) === 1 ? 'percentage point' : 'percentage points';
  const direction =
    change > 0
      ? `up ${change} ${unit} from ${share(before, false)}`
      : change < 0
        ? `down ${-change} ${unit} from ${share(before, false)}`
        : `the same as the ${share(before, false)}`;
  const significance = now.significant
    ? 'a significant change'
    : now.p === undefined
      ? 'not tested'
      : 'not a significant change';
  return `${subject}: ${share(now, true)} agreed, ${direction} in ${quoted(before.title)} (${significance}).`;
}
