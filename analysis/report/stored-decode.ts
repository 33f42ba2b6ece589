// Stored codes (stored-codes.ts) into the dataset's columns: a version's own option indices are
// mapped once per report onto the merged catalog, then each response is one scan of its string
// with no object per answer.
import { otherIndex } from './answer-codes.ts';
import { type Catalog, type QuestionSpec, readVersion } from './catalog.ts';
import { type Builder, encodeTextAt, type TextSource } from './column-builders.ts';
import { TEXT_NON_ANSWER, TEXT_NONE, TEXT_PENDING, TEXT_SUBSTANTIVE } from './dataset.ts';
import type { ReportVersion } from './input-types.ts';
import { OTHER_TOKEN } from './stored-codes.ts';

export interface VersionPlan {
  /** Per catalog question: the position of its token in the codes, or -1. */
  at: Int32Array;
  /** Per token position (0 is the consent flag): its catalog question, or -1. */
  question: Int32Array;
  /** Multi-choice and text questions the version does not ask: their rows still end. */
  absent: number[];
  /** Per catalog question: the version's option index → the catalog's. */
  options: Int32Array[];
  /** Per catalog question: the version's row index → the catalog's. */
  rows: Int32Array[];
}

const NO_MAP = new Int32Array(0);

export function versionPlan(catalog: Catalog, version: ReportVersion): VersionPlan {
  const at = new Int32Array(catalog.questions.length).fill(-1);
  const read = readVersion(version);
  const question = new Int32Array(read.length + 1).fill(-1);
  const options: Int32Array[] = catalog.questions.map(() => NO_MAP);
  const rows: Int32Array[] = catalog.questions.map(() => NO_MAP);
  read.forEach((q, position) => {
    const spec = catalog.byName.get(q.name);
    if (!spec) return;
    at[spec.index] = position + 1;
    question[position + 1] = spec.index;
    options[spec.index] = Int32Array.from(
      q.options,
      (o) => spec.optionIndex.get(String(o.value)) ?? -1,
    );
    rows[spec.index] = Int32Array.from(q.rows, (r) => spec.rowIndex.get(String(r.value)) ?? -1);
  });
  const absent = catalog.questions
    .filter((spec) => at[spec.index] === -1 && (spec.kind === 'multi' || spec.kind === 'text'))
    .map((spec) => spec.index);
  return { at, question, absent, options, rows };
}

const DOT = 46;
const OTHER = OTHER_TOKEN.charCodeAt(0);

/**
 * The catalog option of the item codes[start, end): a version's option index or "o"; -1 for an
 * empty item.
 */
function optionAt(spec: QuestionSpec, map: Int32Array, codes: string, start: number, end: number) {
  if (start >= end) return -1;
  if (codes.charCodeAt(start) === OTHER) return otherIndex(spec);
  let local = 0;
  for (let i = start; i < end; i++) local = local * 10 + codes.charCodeAt(i) - 48;
  const mapped = map[local];
  return mapped === undefined || mapped < 0 ? otherIndex(spec) : mapped;
}

/** Writes the token codes[start, end) of catalog question q. */
function decodeToken(
  plan: VersionPlan,
  spec: QuestionSpec,
  b: Builder,
  codes: string,
  start: number,
  end: number,
  n: number,
  text: TextSource,
) {
  const q = spec.index;
  const map = plan.options[q] as Int32Array;
  switch (b.kind) {
    case 'single':
      b.codes[n] = optionAt(spec, map, codes, start, end);
      return;
    case 'multi':
      for (let item = start; item < end; ) {
        let stop = codes.indexOf('.', item);
        if (stop < 0 || stop > end) stop = end;
        const code = optionAt(spec, map, codes, item, stop);
        if (code >= 0) b.ticks.add(code);
        item = stop + 1;
      }
      b.ticks.endRow();
      return;
    case 'matrix': {
      const rowMap = plan.rows[q] as Int32Array;
      let any = false;
      let r = 0;
      for (let item = start; item < end; r++) {
        let stop = item;
        while (stop < end && codes.charCodeAt(stop) !== DOT) stop++;
        const row = rowMap[r];
        if (row !== undefined && row >= 0) {
          const code = optionAt(spec, map, codes, item, stop);
          (b.rows[row] as Int16Array)[n] = code;
          if (code >= 0) any = true;
        }
        item = stop + 1;
      }
      b.answered[n] = any ? 1 : 0;
      return;
    }
    case 'text': {
      const state = textState(spec, start === end ? '' : codes[start] === 's' ? 's' : 'n');
      encodeTextAt(b, spec, n, text.row, text.analyses, text.themeIndex, state);
      return;
    }
    default:
      b.answered[n] = end > start ? 1 : 0;
  }
}

/**
 * Writes one response's row from its codes; `n` is its row in the dataset. Questions the version
 * does not ask keep the columns' initial "no answer".
 */
export function decodeStoredRow(
  plan: VersionPlan,
  codes: string,
  specs: readonly QuestionSpec[],
  builders: readonly Builder[],
  n: number,
  text: TextSource,
) {
  let position = 0;
  for (let start = 0; start <= codes.length; position++) {
    let end = codes.indexOf(',', start);
    if (end < 0) end = codes.length;
    const q = position < plan.question.length ? (plan.question[position] as number) : -1;
    if (q >= 0) {
      decodeToken(
        plan,
        specs[q] as QuestionSpec,
        builders[q] as Builder,
        codes,
        start,
        end,
        n,
        text,
      );
    }
    start = end + 1;
  }
  for (const q of plan.absent) {
    const b = builders[q] as Builder;
    if (b.kind === 'multi') b.ticks.endRow();
    else if (b.kind === 'text') {
      encodeTextAt(
        b,
        specs[q] as QuestionSpec,
        n,
        text.row,
        text.analyses,
        text.themeIndex,
        TEXT_NONE,
      );
    }
  }
}

/** A text answer's state from its token, for when it has no analysis. */
function textState(spec: QuestionSpec, token: string): number {
  if (token === '') return TEXT_NONE;
  if (spec.themed) return TEXT_PENDING;
  return token === 's' ? TEXT_SUBSTANTIVE : TEXT_NON_ANSWER;
}
