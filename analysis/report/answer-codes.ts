// One answer value to option indices. Values outside the known options are counted as "other"
// and never shown as their own option: with `storeOthersAsComment: false` SurveyJS stores the
// parent's own words as the value, and a report must not publish those as a label.
import type { QuestionSpec } from './catalog.ts';
import type { SparseRowsBuilder } from './sparse-rows.ts';

export function otherIndex(spec: QuestionSpec): number {
  if (spec.otherIndex < 0) {
    spec.otherIndex = spec.options.length;
    spec.options.push({ value: 'other', label: 'Other' });
    spec.optionIndex.set('other', spec.otherIndex);
  }
  return spec.otherIndex;
}

function optionCode(spec: QuestionSpec, value: unknown): number {
  if (value === undefined || value === null || value === '') return -1;
  if (typeof value === 'object') return -1;
  return spec.optionIndex.get(String(value)) ?? otherIndex(spec);
}

/** Single choice; a ranking counts its first choice, an array from an older version its first item. */
export function singleCode(spec: QuestionSpec, value: unknown): number {
  return optionCode(spec, Array.isArray(value) ? value[0] : value);
}

/** Adds each ticked option to the builder's current row. */
export function addTicks(spec: QuestionSpec, value: unknown, into: SparseRowsBuilder) {
  if (Array.isArray(value)) {
    for (const item of value) {
      const code = optionCode(spec, item);
      if (code >= 0) into.add(code);
    }
    return;
  }
  const code = optionCode(spec, value);
  if (code >= 0) into.add(code);
}

/** Writes each row's column into `rows` at `at`; true when any row was answered. */
export function matrixCodes(
  spec: QuestionSpec,
  value: unknown,
  rows: Int16Array[],
  at: number,
): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const cells = value as Record<string, unknown>;
  let any = false;
  for (let r = 0; r < spec.rows.length; r++) {
    const code = optionCode(spec, cells[String(spec.rows[r]?.value)]);
    (rows[r] as Int16Array)[at] = code;
    if (code >= 0) any = true;
  }
  return any;
}

export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
