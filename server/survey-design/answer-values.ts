// The answers a question can store, for checking that conditions and settings name real ones.
// Values are compared as survey-core compares them by default: as text, ignoring case and the
// spaces around them.
import { asArray, isRecord, type Json } from './definition-walk.ts';

export const CHOICE_TYPES = new Set([
  'radiogroup',
  'checkbox',
  'dropdown',
  'tagbox',
  'ranking',
  'imagepicker',
]);

/** survey-core's special items and the values it stores for them. */
const SPECIAL_ITEMS: [string[], string][] = [
  [['showOtherItem', 'hasOther'], 'other'],
  [['showNoneItem', 'hasNone'], 'none'],
  [['showRefusedItem'], 'refused'],
  [['showDontKnowItem'], 'dontknow'],
];

export const comparable = (value: unknown) => String(value).trim().toLowerCase();

/** The value of a choice, row or column: a value alone, { value, text } or a column's { name }. */
export function itemValue(item: unknown): unknown {
  if (isRecord(item)) return item.value ?? item.name;
  return item;
}

/** Every value of a list of items, comparable, with the values as written for messages. */
function valuesOf(items: unknown): Map<string, string> {
  const values = new Map<string, string>();
  for (const item of asArray(items)) {
    const value = itemValue(item);
    if (value !== undefined && value !== null) values.set(comparable(value), String(value));
  }
  return values;
}

const numberOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The points of a rating scale: its rateValues, or the numbers from rateMin to rateMax. */
export function ratingItems(q: Json): unknown[] {
  if (asArray(q.rateValues).length > 0) return asArray(q.rateValues);
  const min = numberOr(q.rateMin, 1);
  const step = numberOr(q.rateStep, 1) > 0 ? numberOr(q.rateStep, 1) : 1;
  const count = typeof q.rateCount === 'number' ? q.rateCount : undefined;
  const max = numberOr(q.rateMax, count === undefined ? 5 : min + (count - 1) * step);
  const points: number[] = [];
  for (let v = min; v <= max && points.length < 1000; v += step) points.push(v);
  return points;
}

/**
 * The values a question's whole answer can take, or undefined when any value may come (text)
 * or the list is not written in the definition (choices from another question or a web address).
 */
export function answerValues(q: Json, type: string): Map<string, string> | undefined {
  if (type === 'boolean') {
    const yes = q.valueTrue ?? true;
    const no = q.valueFalse ?? false;
    return new Map([
      [comparable(yes), String(yes)],
      [comparable(no), String(no)],
    ]);
  }
  if (type === 'rating') return valuesOf(ratingItems(q));
  if (!CHOICE_TYPES.has(type)) return undefined;
  if (q.choicesFromQuestion || q.choicesByUrl || typeof q.choicesMax === 'number') return undefined;
  const values = valuesOf(q.choices);
  for (const [flags, value] of SPECIAL_ITEMS) {
    if (flags.some((flag) => q[flag] === true)) values.set(value, value);
  }
  return values;
}

/** What a matrix row's answer can be: one of the columns. */
export const columnValues = (q: Json) => valuesOf(q.columns);
export const rowValues = (q: Json) => valuesOf(q.rows);

/** Values a positive-options setting may name: the columns of a matrix, else the answers. */
export const positiveCandidates = (q: Json, type: string) =>
  type === 'matrix' ? columnValues(q) : answerValues(q, type);
