// How views changed among the same people: parents who linked their answers to this survey to
// their answers to the previous one with a receipt. Only answers that are one value (a choice, a
// rating, yes or no) are compared. Every count under k is hidden, and where a column's total is
// shown, one hidden count is never left alone (it could be worked out by subtraction).
import type { OptionFigure } from './report-types.ts';

export type LinkedCount = { count: number } | { suppressed: true };

export interface LinkedOption {
  value: string;
  label: string;
  /** How many linked parents gave this answer to the previous survey. */
  before: LinkedCount;
  /** And to this one. */
  after: LinkedCount;
}

export interface LinkedQuestion {
  name: string;
  title: string;
  /** Linked parents who answered it both times. */
  answeredBoth: LinkedCount;
  same: LinkedCount;
  changed: LinkedCount;
  options: LinkedOption[];
}

export interface LinkedComparison {
  k: number;
  /** Responses to this survey linked to one to the previous survey. */
  linked: LinkedCount;
  questions: LinkedQuestion[];
}

export interface LinkedPair {
  previous: Record<string, unknown>;
  current: Record<string, unknown>;
}

export interface ComparedQuestion {
  name: string;
  title: string;
  options?: readonly OptionFigure[];
}

const HIDDEN = { suppressed: true } as const;
const shown = (count: number, k: number): LinkedCount => (count < k ? HIDDEN : { count });
const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Hides counts under k, then the smallest shown ones until no hidden count stands alone. */
export function protectColumn(counts: readonly number[], k: number): LinkedCount[] {
  const hidden = counts.map((c) => c > 0 && c < k);
  const hiddenCount = () => hidden.filter(Boolean).length;
  while (hiddenCount() === 1) {
    const candidates = counts
      .map((c, i) => [c, i] as const)
      .filter(([c, i]) => !hidden[i] && c > 0)
      .sort((a, b) => a[0] - b[0]);
    const next = candidates[0];
    if (!next) break;
    hidden[next[1]] = true;
  }
  return counts.map((c, i) => (hidden[i] ? HIDDEN : { count: c }));
}

function compareQuestion(
  question: ComparedQuestion,
  pairs: readonly LinkedPair[],
  k: number,
): LinkedQuestion | undefined {
  // Only the question's own options are ever named: a free-text answer, or any value the
  // questionnaire does not offer, would otherwise become a label carrying a parent's own words.
  const labels = new Map((question.options ?? []).map((o) => [String(o.value), o.label]));
  if (labels.size === 0) return undefined;
  const both = pairs.flatMap(({ previous, current }) => {
    const then = previous[question.name];
    const now = current[question.name];
    if (!isScalar(then) || !isScalar(now)) return [];
    const pair = [String(then), String(now)] as const;
    return labels.has(pair[0]) && labels.has(pair[1]) ? [pair] : [];
  });
  const head = { name: question.name, title: question.title };
  if (both.length === 0) return undefined;
  if (both.length < k) {
    return { ...head, answeredBoth: HIDDEN, same: HIDDEN, changed: HIDDEN, options: [] };
  }
  const same = both.filter(([then, now]) => then === now).length;
  const changed = both.length - same;
  const hideSplit = same < k || changed < k;
  const values = [...labels.keys()];
  const countOf = (side: 0 | 1) =>
    values.map((v) => both.filter((pair) => pair[side] === v).length);
  const before = protectColumn(countOf(0), k);
  const after = protectColumn(countOf(1), k);
  return {
    ...head,
    answeredBoth: { count: both.length },
    same: hideSplit ? HIDDEN : { count: same },
    changed: hideSplit ? HIDDEN : { count: changed },
    options: values.map((value, i) => ({
      value,
      label: labels.get(value) ?? '',
      before: before[i] ?? HIDDEN,
      after: after[i] ?? HIDDEN,
    })),
  };
}

export function compareLinked(
  pairs: readonly LinkedPair[],
  questions: readonly ComparedQuestion[],
  k: number,
): LinkedComparison {
  if (pairs.length < k) return { k, linked: shown(pairs.length, k), questions: [] };
  return {
    k,
    linked: { count: pairs.length },
    questions: questions.flatMap((q) => compareQuestion(q, pairs, k) ?? []),
  };
}
