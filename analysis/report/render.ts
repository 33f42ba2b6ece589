// Counts and masks to the published figures. A hidden figure keeps its keys and loses its numbers,
// so nothing suppressed can leak through this step, and the narrative (written from these figures
// only) cannot mention one either.
import type { QuestionSpec } from './catalog.ts';
import type { ReportTheme } from './input-types.ts';
import { agreementCounts, type Mask } from './mask.ts';
import type { OptionSpec } from './question-reading.ts';
import type {
  AgreementFigure,
  OptionFigure,
  RowFigure,
  ShownQuestion,
  SuppressedQuestion,
  ThemeFigure,
} from './report-types.ts';
import { percent, wilson } from './statistics.ts';
import { agreementOnly } from './suppress.ts';
import type { Tally } from './tally.ts';

export const proportion = (count: number, n: number) => ({
  count,
  percent: percent(count, n),
  ci: wilson(count, n),
});

function options(
  specs: readonly OptionSpec[],
  counts: Int32Array,
  n: number,
  hidden: Uint8Array,
): OptionFigure[] {
  return specs.map((o, i) => {
    const head = { value: o.value, label: o.label };
    return hidden[i] === 1
      ? { ...head, suppressed: true }
      : { ...head, ...proportion(counts[i] as number, n) };
  });
}

function agreement(spec: QuestionSpec, counts: Int32Array, hidden: boolean): AgreementFigure {
  if (hidden || !spec.agreement) return { suppressed: true };
  const { positive, n } = agreementCounts(counts, spec.agreement);
  const { count, ci } = proportion(positive, n);
  return { percent: percent(positive, n), count, n, ci };
}

function rows(spec: QuestionSpec, tally: Tally, mask: Mask, inGroup: boolean): RowFigure[] {
  return spec.rows.map((row, r) => {
    const head = { name: String(row.value), title: row.label };
    const counts = tally.rows[r] as Int32Array;
    if (spec.agreement) {
      const figure: RowFigure = {
        ...head,
        agreement: agreement(spec, counts, mask.rowAgreement[r] === 1),
      };
      const answered = tally.rowAnswered[r] as number;
      // The whole scale, outside breakdown groups only (see suppressMatrix).
      if (inGroup || mask.rowAnswered[r] === 1 || answered === 0) return figure;
      const hidden = mask.rowOptions[r] as Uint8Array;
      return { ...figure, answered, options: options(spec.options, counts, answered, hidden) };
    }
    if (mask.rowAnswered[r] === 1) return { ...head, suppressed: true };
    const answered = tally.rowAnswered[r] as number;
    const hidden = mask.rowOptions[r] as Uint8Array;
    return { ...head, answered, options: options(spec.options, counts, answered, hidden) };
  });
}

function themes(themeList: readonly ReportTheme[], tally: Tally, mask: Mask): ThemeFigure[] {
  const shown: ThemeFigure[] = [];
  const hidden: ThemeFigure[] = [];
  const order = themeList
    .map((_, i) => i)
    .sort((a, b) => (tally.themes[b] as number) - (tally.themes[a] as number) || a - b);
  // Hidden themes go last in codebook order: sorting them by count would hint at their size.
  for (const i of order) {
    const theme = themeList[i] as ReportTheme;
    const head = { id: theme.id, label: theme.label };
    if (mask.themes[i] === 1) continue;
    shown.push({ ...head, ...proportion(tally.themes[i] as number, tally.answered), quotes: [] });
  }
  themeList.forEach((theme, i) => {
    if (mask.themes[i] === 1) hidden.push({ id: theme.id, label: theme.label, suppressed: true });
  });
  return [...shown, ...hidden];
}

type Tail = 'narrative' | 'narrativeEdit';
export type ShownFigures = Omit<ShownQuestion, Tail>;
export type Figures = ShownFigures | Omit<SuppressedQuestion, Tail>;

export function renderQuestion(
  spec: QuestionSpec,
  tally: Tally,
  mask: Mask,
  themeList: readonly ReportTheme[],
  inGroup = false,
): Figures {
  const head = { name: spec.name, title: spec.title, type: spec.type };
  if (mask.answered) return { ...head, suppressed: true };
  const figure: ShownFigures = { ...head, answered: tally.answered };
  if (tally.pending > 0) figure.pending = mask.pending ? { suppressed: true } : tally.pending;
  if (spec.kind === 'single' || spec.kind === 'multi') {
    if (!agreementOnly(spec, inGroup)) {
      figure.options = options(spec.options, tally.options, tally.answered, mask.options);
    }
    if (spec.agreement) figure.agreement = agreement(spec, tally.options, mask.agreement);
  } else if (spec.kind === 'matrix') {
    figure.rows = rows(spec, tally, mask, inGroup);
  } else if (spec.themed) {
    figure.themes = themes(themeList, tally, mask);
  }
  return figure;
}
