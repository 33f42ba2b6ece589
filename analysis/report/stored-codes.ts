// A response's answers as a report counts them, computed once when it is stored, so a report over
// 100,000 responses splits one short string each instead of parsing every answer's JSON.
//
// Format: "<FORMAT><y|n>,<token>,<token>…": y when the version's quote-consent question is answered
// yes, then one token per question of the version (in the order readVersion lists them):
//   single  option index into the version's options, "o" for a value outside them, "" unanswered
//   multi   indices joined by ".", "o" for outside values, "" none
//   matrix  per row of the version, as single, joined by "."; "" when no row is answered
//   text    "s" substantive, "n" a non-answer ("n/a"), judged on its wording; "" blank
//   other   "1" answered, "" not
// Indices are the version's own: versions never change, and a report maps them onto its merged
// options. Bump FORMAT whenever this or readQuestion changes: older strings are then ignored and
// those responses are read from their answers again.
import { answerForm } from '../substantive.ts';
import { hasValue } from './answer-codes.ts';
import { readVersion } from './catalog.ts';
import { consents } from './consent.ts';
import type { ReportVersion } from './input-types.ts';
import type { OptionSpec, ReadQuestion } from './question-reading.ts';

export const CODES_FORMAT = '2';
export const OTHER_TOKEN = 'o';

const localIndexCache = new WeakMap<ReadQuestion, Map<string, number>>();

/** The version's own option index of each option value (String(value), as the report compares). */
function localIndex(question: ReadQuestion): Map<string, number> {
  let index = localIndexCache.get(question);
  if (!index) {
    index = new Map(question.options.map((o: OptionSpec, i) => [String(o.value), i] as const));
    localIndexCache.set(question, index);
  }
  return index;
}

function optionToken(question: ReadQuestion, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'object') return '';
  const at = localIndex(question).get(String(value));
  return at === undefined ? OTHER_TOKEN : String(at);
}

function multiToken(question: ReadQuestion, value: unknown): string {
  const items = Array.isArray(value) ? value : [value];
  const seen = new Set<string>();
  for (const item of items) {
    const token = optionToken(question, item);
    if (token !== '') seen.add(token);
  }
  return [...seen].join('.');
}

function matrixToken(question: ReadQuestion, value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return '';
  const cells = value as Record<string, unknown>;
  const tokens = question.rows.map((row) => optionToken(question, cells[String(row.value)]));
  return tokens.some((t) => t !== '') ? tokens.join('.') : '';
}

function textToken(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  return answerForm(value, undefined).substantive ? 's' : 'n';
}

function token(question: ReadQuestion, value: unknown): string {
  switch (question.kind) {
    case 'single':
      return optionToken(question, Array.isArray(value) ? value[0] : value);
    case 'multi':
      return multiToken(question, value);
    case 'matrix':
      return matrixToken(question, value);
    case 'text':
      return textToken(value);
    default:
      return hasValue(value) ? '1' : '';
  }
}

/** The stored codes of one response to `version` (its validated answers). */
export function answerCodes(version: ReportVersion, answers: Readonly<Record<string, unknown>>) {
  const consent = version.settings.quoteConsentQuestion;
  const quotable = consent !== undefined && consents(answers[consent]);
  const tokens = readVersion(version).map((q) => token(q, answers[q.name]));
  return [`${CODES_FORMAT}${quotable ? 'y' : 'n'}`, ...tokens].join(',');
}

/** Whether a stored string is in the current format (others are ignored). */
export const isCurrentCodes = (codes: string) =>
  codes.startsWith(CODES_FORMAT) && codes.length > CODES_FORMAT.length;

/** Consent to quoting, from codes in the current format. */
export const codesConsent = (codes: string) => codes.charCodeAt(CODES_FORMAT.length) === 121; // y
