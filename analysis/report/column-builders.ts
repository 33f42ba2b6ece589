// Growing columns of the dataset, one per catalog question, while the responses are read (from
// their answers or from their stored codes).
import type { QuestionSpec } from './catalog.ts';
import { TEXT_NON_ANSWER, TEXT_SUBSTANTIVE } from './dataset.ts';
import type { FreeTextAnalysis } from './input-types.ts';
import { SparseRowsBuilder } from './sparse-rows.ts';
import type { SummaryRow } from './summary-row.ts';

export type Builder =
  | { kind: 'single'; codes: Int16Array }
  | { kind: 'multi'; ticks: SparseRowsBuilder }
  | { kind: 'matrix'; rows: Int16Array[]; answered: Uint8Array }
  | { kind: 'text'; state: Uint8Array; themes: SparseRowsBuilder }
  | { kind: 'other'; answered: Uint8Array };

export function builderFor(spec: QuestionSpec, size: number): Builder {
  switch (spec.kind) {
    case 'single':
      return { kind: 'single', codes: new Int16Array(size).fill(-1) };
    case 'multi':
      return { kind: 'multi', ticks: new SparseRowsBuilder(size) };
    case 'matrix':
      return {
        kind: 'matrix',
        rows: spec.rows.map(() => new Int16Array(size).fill(-1)),
        answered: new Uint8Array(size),
      };
    case 'text':
      return { kind: 'text', state: new Uint8Array(size), themes: new SparseRowsBuilder(size) };
    default:
      return { kind: 'other', answered: new Uint8Array(size) };
  }
}

const NO_THEMES: readonly string[] = [];

function encodeText(
  b: Extract<Builder, { kind: 'text' }>,
  spec: QuestionSpec,
  at: number,
  substantive: boolean,
  themes: readonly string[],
  themeIndex: ReadonlyMap<string, number>,
) {
  b.state[at] = substantive ? TEXT_SUBSTANTIVE : TEXT_NON_ANSWER;
  if (substantive && spec.themed) {
    for (const theme of themes) {
      const t = themeIndex.get(theme);
      if (t !== undefined) b.themes.add(t);
    }
  }
}

/** Where the current response's free-text analysis is: its stored summary, or its analyses. */
export interface TextSource {
  row: SummaryRow | undefined;
  analyses: ReadonlyMap<string, FreeTextAnalysis> | undefined;
  themeIndex: ReadonlyMap<string, number>;
}

/** Whether a text answer has a stored summary or an analysis. */
export const isAnalysed = (
  spec: QuestionSpec,
  row: SummaryRow | undefined,
  analyses: ReadonlyMap<string, FreeTextAnalysis> | undefined,
) => row?.present[spec.index] === 1 || analyses?.has(spec.name) === true;

/**
 * A text answer's state and themes: from its stored summary, else from its analysis, else
 * `unanalysed` (worked out by the caller from the answer).
 */
export function encodeTextAt(
  b: Extract<Builder, { kind: 'text' }>,
  spec: QuestionSpec,
  at: number,
  row: SummaryRow | undefined,
  analyses: ReadonlyMap<string, FreeTextAnalysis> | undefined,
  themeIndex: ReadonlyMap<string, number>,
  unanalysed: number,
) {
  const q = spec.index;
  if (row?.present[q] === 1) {
    const themes = row.themes[q] ?? NO_THEMES;
    encodeText(b, spec, at, row.substantive[q] === 1, themes, themeIndex);
  } else {
    const analysis = analyses?.get(spec.name);
    if (analysis) encodeText(b, spec, at, analysis.substantive, analysis.themes, themeIndex);
    else b.state[at] = unanalysed;
  }
  b.themes.endRow();
}
