// Each count a breakdown publishes per group, as seen by the suppression across groups: how to read
// it from a tally, whether a mask hides it, and whether hiding it in a group keeps that group's own
// totals protected (a lone non-empty option cannot be hidden: answered minus the rest gives it).
import type { QuestionSpec } from './catalog.ts';
import { agreementCounts, agreementSums, hideAnswered, hideFigures, type Mask } from './mask.ts';
import type { Tally } from './tally.ts';

export interface GroupFigure {
  x(t: Tally): number;
  /** For a share: the people it leaves out (n - x). */
  complement?(t: Tally): number;
  /** Hidden overall: not shown and not derivable from what is shown. */
  topHidden(t: Tally, m: Mask): boolean;
  hidden(m: Mask): boolean;
  hide(m: Mask): void;
  canHide(t: Tally, m: Mask): boolean;
  /** What to hide in every group when no group can cover this figure. */
  fallback(m: Mask): void;
}

/**
 * How many answered the question: hiding it hides the whole question in that group. Those who did
 * not are counted too: "all but two of the hidden groups answered the follow-up" says who they are.
 */
const answered: GroupFigure = {
  x: (t) => t.answered,
  complement: (t) => t.people - t.answered,
  topHidden: (_, m) => m.answered,
  hidden: (m) => m.answered,
  hide: hideAnswered,
  canHide: () => true,
  fallback: hideAnswered,
};

/**
 * How many answers are still being analysed: a count of people like any other. Those with neither
 * an analysed answer nor a pending one are its complement (the number who answered is shown), and
 * when no group can cover it the question is hidden in every group: hiding only this count would
 * leave it between the group's size and the number who answered.
 */
const pending: GroupFigure = {
  x: (t) => t.pending,
  complement: (t) => t.people - t.answered - t.pending,
  topHidden: (_, m) => m.pending,
  hidden: (m) => m.pending,
  hide: (m) => {
    m.pending = true;
  },
  canHide: () => true,
  fallback: hideAnswered,
};

/** Whether cell i of a single-choice row can be hidden without being the row's only unknown. */
function rowCanHide(counts: Int32Array, hidden: Uint8Array, i: number): boolean {
  for (let j = 0; j < counts.length; j++) {
    if (j !== i && (hidden[j] === 1 || (counts[j] as number) > 0)) return true;
  }
  return false;
}

function cell(
  counts: (t: Tally) => Int32Array,
  bits: (m: Mask) => Uint8Array,
  i: number,
  complement?: (t: Tally) => number,
): GroupFigure {
  const hidden = (m: Mask) => bits(m)[i] === 1;
  // A single choice's other options are its complement: "all but two of them chose it".
  const others = (t: Tally) => {
    let total = 0;
    for (const count of counts(t)) total += count;
    return total - (counts(t)[i] as number);
  };
  return {
    x: (t) => counts(t)[i] as number,
    complement: complement ?? others,
    topHidden: (_, m) => hidden(m),
    hidden,
    hide: (m) => {
      bits(m)[i] = 1;
    },
    canHide: (t, m) => complement !== undefined || rowCanHide(counts(t), bits(m), i),
    fallback: hideFigures,
  };
}

/** Agreeing, other-opinion and no-opinion totals of a single agree/disagree question. */
function agreementParts(spec: QuestionSpec): GroupFigure[] {
  return agreementSums(spec)
    .filter((cells) => cells.length > 0)
    .map((cells) => ({
      x: (t: Tally) => cells.reduce((sum, i) => sum + (t.options[i] as number), 0),
      topHidden: (_: Tally, m: Mask) => m.agreement && cells.some((i) => m.options[i] === 1),
      hidden: (m: Mask) => m.agreement,
      hide: (m: Mask) => {
        m.agreement = true;
      },
      canHide: () => true,
      fallback: hideFigures,
    }));
}

function rowAgreement(spec: QuestionSpec, r: number): GroupFigure {
  const counts = (t: Tally) => {
    const columns = spec.agreement;
    return columns ? agreementCounts(t.rows[r] as Int32Array, columns) : { positive: 0, n: 0 };
  };
  const hidden = (m: Mask) => m.rowAgreement[r] === 1;
  return {
    x: (t) => counts(t).positive,
    complement: (t) => counts(t).n - counts(t).positive,
    topHidden: (_, m) => hidden(m),
    hidden,
    hide: (m) => {
      m.rowAgreement[r] = 1;
    },
    canHide: () => true,
    fallback: hideFigures,
  };
}

/**
 * Those who answered the grid but gave this row no opinion (or skipped it): the number who answered
 * minus the row's n, published wherever both are.
 */
function rowNoOpinion(spec: QuestionSpec, r: number): GroupFigure {
  const n = (t: Tally) =>
    spec.agreement ? agreementCounts(t.rows[r] as Int32Array, spec.agreement).n : 0;
  const hidden = (m: Mask) => m.rowAgreement[r] === 1;
  return {
    x: (t) => t.answered - n(t),
    topHidden: (_, m) => hidden(m),
    hidden,
    hide: (m) => {
      m.rowAgreement[r] = 1;
    },
    canHide: () => true,
    fallback: hideFigures,
  };
}

/** How many answered one row of a grid with no agree-like columns. */
function rowAnswered(r: number): GroupFigure {
  const hidden = (m: Mask) => m.rowAnswered[r] === 1;
  const hide = (m: Mask) => {
    m.rowAnswered[r] = 1;
    (m.rowOptions[r] as Uint8Array).fill(1);
  };
  return {
    x: (t) => t.rowAnswered[r] as number,
    topHidden: (_, m) => hidden(m),
    hidden,
    hide,
    canHide: () => true,
    fallback: hideFigures,
  };
}

const rowCells = (row: Int32Array, r: number) =>
  [...row].map((_, i) =>
    cell(
      (t) => t.rows[r] as Int32Array,
      (m) => m.rowOptions[r] as Uint8Array,
      i,
    ),
  );

/**
 * Every count a group publishes for the question, who answered it first. A whole report (one
 * version's, beside all versions') also shows an agree/disagree question's options and each grid
 * row's whole scale, so those cells are figures too.
 */
export function figuresOf(spec: QuestionSpec, tally: Tally, inGroup = true): GroupFigure[] {
  return [answered, pending, ...answerFigures(spec, tally, inGroup)];
}

function answerFigures(spec: QuestionSpec, tally: Tally, inGroup: boolean): GroupFigure[] {
  const options = (t: Tally) => t.options;
  const optionBits = (m: Mask) => m.options;
  const optionCells = () => [...tally.options].map((_, i) => cell(options, optionBits, i));
  if (spec.kind === 'single' && spec.agreement) {
    // A whole report shows the options the agreement adds up: hiding the agreement alone would
    // hide nothing, so the options are the cells.
    return inGroup ? agreementParts(spec) : optionCells();
  }
  if (spec.kind === 'single') return optionCells();
  if (spec.kind === 'multi') {
    return [...tally.options].map((_, i) =>
      cell(options, optionBits, i, (t) => t.answered - (t.options[i] as number)),
    );
  }
  if (spec.kind === 'matrix') {
    return tally.rows.flatMap((row, r) =>
      spec.agreement
        ? [rowAgreement(spec, r), rowNoOpinion(spec, r), ...(inGroup ? [] : rowCells(row, r))]
        : [rowAnswered(r), ...rowCells(row, r)],
    );
  }
  return [...tally.themes].map((_, i) =>
    cell(
      (t) => t.themes,
      (m) => m.themes,
      i,
      (t) => t.answered - (t.themes[i] as number),
    ),
  );
}
