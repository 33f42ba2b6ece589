// Small-number suppression within one question for one set of respondents (everyone, or one
// breakdown group). Rules, with k the threshold:
// - 1 to k-1 answered: the question is hidden, `answered` included (with conditional questions the
//   number who answered says who they are: the few special-school parents asked about exclusion);
//   none answered: `answered` reads 0 and its figures are hidden, as there are none;
// - the number of answers still being analysed, when 1 to k-1, is hidden too;
// - a count of 1 to k-1 is hidden (0 describes nobody and is shown);
// - single choice: the options add up to `answered`, so hidden options must be at least two and
//   total at least k, hiding the smallest other option until they do;
// - a share x of n (ticked option, theme, agreement) is hidden when x or n - x is 1 to k-1, or n < k;
// - a single-choice agreement figure publishes the totals of the agreeing, other-opinion and
//   no-opinion options, so each of those groups is protected like `answered`; if one cannot be,
//   the agreement figure is hidden instead;
// - matrix rows: agreement per row as above; rows with no agree-like columns as single choices,
//   the row hidden whole when 1 to k-1 answered it; outside breakdown groups, an agree/disagree
//   row also shows its whole scale, protected like a single-choice agreement question;
// - in breakdown groups a single-choice agree/disagree question shows its agreement figure alone
//   (see `agreementOnly`); answered - n (the no-opinion answers) is then published too, so the
//   figure is hidden when that is 1 to k-1.
import type { QuestionSpec } from './catalog.ts';
import { agreementCounts, agreementSums, hideAnswered, hideEverything, type Mask } from './mask.ts';
import { hideSmall, isSmall, isSmallShare, protectSums } from './protect-cells.ts';
import type { Tally } from './tally.ts';

/**
 * In a breakdown group a single-choice agree/disagree question shows only its agreement figure:
 * with every option shown as well, a figure hidden in one group could be rebuilt from its options
 * and the other groups' sums in too many ways to check cheaply.
 */
export const agreementOnly = (spec: QuestionSpec, inGroup: boolean) =>
  inGroup && spec.kind === 'single' && spec.agreement !== undefined;

const everyIndex = (length: number) => Array.from({ length }, (_, i) => i);

/**
 * Options that add up to a published total, with an agreement figure that publishes the sums of
 * its agreeing, other-opinion and no-opinion options: one single-choice question, or one row of an
 * agree/disagree grid. Returns whether anything more was hidden, and whether the agreement was.
 */
function protectScale(
  spec: QuestionSpec,
  counts: Int32Array,
  k: number,
  hidden: Uint8Array,
  agreementHidden: boolean,
): { changed: boolean; agreementHidden: boolean } {
  let changed = false;
  const all = [everyIndex(counts.length)];
  const groups = agreementSums(spec);
  for (let again = true; again; ) {
    again = false;
    if (spec.agreement && !agreementHidden) {
      const result = protectSums(counts, k, hidden, groups);
      if (result.failed >= 0) agreementHidden = true;
      again = result.changed || result.failed >= 0;
    }
    const result = protectSums(counts, k, hidden, all);
    again ||= result.changed;
    changed ||= again;
  }
  return { changed, agreementHidden };
}

function protectSingle(spec: QuestionSpec, tally: Tally, k: number, mask: Mask): boolean {
  const result = protectScale(spec, tally.options, k, mask.options, mask.agreement);
  mask.agreement = result.agreementHidden;
  return result.changed;
}

/** The whole scale of each row of an agree/disagree grid, published beside its agreement. */
function protectAgreementRows(tally: Tally, spec: QuestionSpec, k: number, mask: Mask) {
  let changed = false;
  tally.rows.forEach((counts, r) => {
    if ((tally.rowAnswered[r] as number) < k) return;
    const hidden = mask.rowOptions[r] as Uint8Array;
    const result = protectScale(spec, counts, k, hidden, mask.rowAgreement[r] === 1);
    changed ||= result.changed;
    // The scale is an addition: where it cannot be protected, it goes, and the row's agreement
    // stays as it was before the scale was shown.
    if (result.agreementHidden && mask.rowAgreement[r] !== 1) {
      hidden.fill(1);
      mask.rowAnswered[r] = 1;
    }
  });
  return changed;
}

function suppressSingle(spec: QuestionSpec, tally: Tally, k: number, mask: Mask) {
  hideSmall(tally.options, k, mask.options);
  if (spec.agreement) {
    const { positive, n } = agreementCounts(tally.options, spec.agreement);
    if (isSmallShare(positive, n, k)) mask.agreement = true;
  }
}

function suppressMatrix(spec: QuestionSpec, tally: Tally, k: number, mask: Mask, inGroup: boolean) {
  tally.rows.forEach((counts, r) => {
    if (spec.agreement) {
      const { positive, n } = agreementCounts(counts, spec.agreement);
      if (isSmallShare(positive, n, k)) mask.rowAgreement[r] = 1;
      // A group shows each row's agreement alone (see agreementOnly); the whole report shows the
      // whole scale too, protected like a single choice by protectAgreementRows.
      const rowOptions = mask.rowOptions[r] as Uint8Array;
      if (inGroup || (tally.rowAnswered[r] as number) < k) {
        rowOptions.fill(1);
        if (isSmall(tally.rowAnswered[r] as number, k)) mask.rowAnswered[r] = 1;
      } else hideSmall(counts, k, rowOptions);
    } else if ((tally.rowAnswered[r] as number) < k) {
      (mask.rowOptions[r] as Uint8Array).fill(1);
      if (isSmall(tally.rowAnswered[r] as number, k)) mask.rowAnswered[r] = 1;
    } else {
      hideSmall(counts, k, mask.rowOptions[r] as Uint8Array);
    }
  });
}

function suppressShares(counts: Int32Array, n: number, k: number, hidden: Uint8Array) {
  for (let i = 0; i < counts.length; i++) {
    if (isSmallShare(counts[i] as number, n, k)) hidden[i] = 1;
  }
}

/** Primary suppression: the small figures themselves. */
export function suppressSmall(
  spec: QuestionSpec,
  tally: Tally,
  k: number,
  mask: Mask,
  inGroup = false,
) {
  if (isSmall(tally.pending, k)) mask.pending = true;
  if (isSmall(tally.answered, k)) return hideAnswered(mask);
  if (tally.answered < k) return hideEverything(mask);
  if (agreementOnly(spec, inGroup) && spec.agreement) {
    mask.options.fill(1);
    const { positive, n } = agreementCounts(tally.options, spec.agreement);
    if (isSmallShare(positive, n, k) || isSmall(tally.answered - n, k)) mask.agreement = true;
  } else if (spec.kind === 'single') suppressSingle(spec, tally, k, mask);
  else if (spec.kind === 'multi') suppressShares(tally.options, tally.answered, k, mask.options);
  else if (spec.kind === 'matrix') suppressMatrix(spec, tally, k, mask, inGroup);
  else if (spec.themed) suppressShares(tally.themes, tally.answered, k, mask.themes);
}

/** Complementary suppression within the question; true when it hid anything more. */
export function protectTotals(
  spec: QuestionSpec,
  tally: Tally,
  k: number,
  mask: Mask,
  inGroup = false,
): boolean {
  if (mask.all || agreementOnly(spec, inGroup)) return false;
  if (spec.kind === 'single') return protectSingle(spec, tally, k, mask);
  if (spec.kind !== 'matrix') return false;
  if (spec.agreement) return !inGroup && protectAgreementRows(tally, spec, k, mask);
  let changed = false;
  tally.rows.forEach((counts, r) => {
    const hidden = mask.rowOptions[r] as Uint8Array;
    if ((tally.rowAnswered[r] as number) < k) return;
    changed = protectSums(counts, k, hidden, [everyIndex(counts.length)]).changed || changed;
  });
  return changed;
}
