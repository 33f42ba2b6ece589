// Which options count as agreeing, and which are not an opinion at all, for agree/disagree figures.
//
// Positive: the options listed in the version's `positiveOptions` for the question; a matrix not
// listed there falls back to the columns whose value or label reads "strongly agree" or starts with
// "agree" (so "Agree", "Agree or partly agree", "strongly_agree", but never "Disagree" or "Neither
// agree nor disagree"). A single-choice question only gets an agreement figure when listed.
// Not an opinion (left out of n): options reading "does not apply", "not applicable", "n/a",
// "don't know", "not sure", "prefer not to say" or "refuse", and SurveyJS's own "refused" and
// "dontknow" items. Listing such an option as positive wins over this rule.
import type { OptionSpec } from './question-reading.ts';

const AGREE = /strongly agree|^agree/i;
const NO_OPINION =
  /does not apply|doesn'?t apply|not applicable|^n ?\/? ?a$|don'?t ?know|do not know|not sure|prefer not|refuse/i;

/** Values like `strongly_agree` read as words. */
const words = (s: string) => s.replace(/[_-]+/g, ' ').trim();

const matches = (pattern: RegExp, option: OptionSpec) =>
  pattern.test(words(String(option.value))) || pattern.test(option.label.trim());

export interface AgreementColumns {
  positive: Uint8Array;
  /** Options left out of n. */
  excluded: Uint8Array;
}

/** Undefined when nothing counts as agreeing: the question then has no agreement figure. */
export function agreementColumns(
  options: readonly OptionSpec[],
  listed: readonly (string | number)[] | undefined,
  isMatrix: boolean,
): AgreementColumns | undefined {
  if (!listed && !isMatrix) return undefined;
  const listedKeys = listed ? new Set(listed.map(String)) : undefined;
  const positive = new Uint8Array(options.length);
  const excluded = new Uint8Array(options.length);
  let any = false;
  options.forEach((option, i) => {
    const isPositive = listedKeys
      ? listedKeys.has(String(option.value))
      : matches(AGREE, option) && !matches(NO_OPINION, option);
    if (isPositive) {
      positive[i] = 1;
      any = true;
    } else if (matches(NO_OPINION, option)) {
      excluded[i] = 1;
    }
  });
  return any ? { positive, excluded } : undefined;
}
