// The first thing done with answers from a request: copied into null-prototype objects within
// fixed bounds, so no key can reach a built-in method and no value can exhaust the stack or the
// time of the checks that follow. Nothing from the request is used until it has passed here.
import { AppError } from '../errors.ts';

export interface AnswerLimits {
  /** Longest answer, counting every string and key inside it (MAX_ANSWER_CHARS). */
  maxAnswerChars: number;
}

export const DEFAULT_ANSWER_LIMITS: AnswerLimits = { maxAnswerChars: 20_000 };

/** Deeper than any answer SurveyJS can produce (a dynamic panel in a dynamic panel's matrix). */
export const MAX_DEPTH = 8;
/** Objects and arrays, and the entries in them, in one whole submission. */
export const MAX_ENTRIES = 20_000;
/** Items in one list: far more than choices, rows or dynamic entries a parent would fill. */
export const MAX_LIST_LENGTH = 1_000;

/** A JSON object with no prototype: `toString` or `__proto__` is only ever a key here. */
export type SafeRecord = { [key: string]: SafeValue };
export type SafeValue = string | number | boolean | null | SafeValue[] | SafeRecord;

const tooComplex = (question: string) =>
  new AppError(400, 'answer_too_complex', 'An answer has more parts than any question asks for.', [
    { question, message: 'This answer is nested too deeply or has too many parts.' },
  ]);

const tooLong = (question: string, limit: number) =>
  new AppError(400, 'answer_too_long', `An answer is longer than ${limit} characters.`, [
    { question, message: `This answer is longer than ${limit} characters.` },
  ]);

export function emptyRecord(): SafeRecord {
  return Object.create(null) as SafeRecord;
}

/**
 * A bounded copy of the submitted answers. Throws 400 answer_too_complex or answer_too_long; a
 * value JSON cannot hold (a function, undefined) never arrives from JSON.parse and is refused.
 */
export function readAnswers(raw: unknown, limits: AnswerLimits = DEFAULT_ANSWER_LIMITS) {
  let entries = 0;
  const answers = emptyRecord();
  const source = raw as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    let chars = 0;
    const copy = (value: unknown, depth: number): SafeValue => {
      entries += 1;
      if (entries > MAX_ENTRIES || depth > MAX_DEPTH) throw tooComplex(key);
      if (typeof value === 'string') {
        chars += value.length;
        if (chars > limits.maxAnswerChars) throw tooLong(key, limits.maxAnswerChars);
        return value;
      }
      if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
      if (Array.isArray(value)) {
        if (value.length > MAX_LIST_LENGTH) throw tooComplex(key);
        return value.map((item) => copy(item, depth + 1));
      }
      if (typeof value !== 'object') throw tooComplex(key);
      const record = emptyRecord();
      const object = value as Record<string, unknown>;
      for (const name of Object.keys(object)) {
        chars += name.length;
        if (chars > limits.maxAnswerChars) throw tooLong(key, limits.maxAnswerChars);
        record[name] = copy(object[name], depth + 1);
      }
      return record;
    };
    answers[key] = copy(source[key], 0);
  }
  return answers;
}

/**
 * A checked answer as an ordinary object for survey-core (which calls `value.hasOwnProperty`):
 * every key in it has been matched to the definition, and fromEntries defines each as an own
 * property, so even a key spelt `__proto__` stays data.
 */
export function toPlain(value: SafeValue): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).map((k) => [k, toPlain(value[k] as SafeValue)]));
}
