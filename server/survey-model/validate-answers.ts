// The one rule for what may be stored: survey-core's own validation of the version answered, plus
// the checks it does not make (unknown keys, value types, choices, ranges). Answers to questions
// hidden by conditions are dropped, as SurveyJS itself does when a parent completes the survey.
import type { Question } from 'survey-core';
import type { ErrorDetail } from '../contracts.ts';
import {
  type AnswerLimits,
  readAnswers,
  type SafeRecord,
  type SafeValue,
  toPlain,
} from './answer-limits.ts';
import { checkShape } from './answer-shapes.ts';
import { buildModelParts, type CompiledVersion } from './compiled-version.ts';
import { checkValue } from './value-checks.ts';

export type ValidationResult =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; details: ErrorDetail[] };

const MAX_CONDITION_PASSES = 10;

export const isEmptyAnswer = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

const isShown = (q: Question) => q.isVisible && q.isParentVisible;

function findUnknownKeys(version: CompiledVersion, answers: SafeRecord) {
  const details: ErrorDetail[] = [];
  for (const key of Object.keys(answers)) {
    if (version.questionsByKey.has(key) || version.commentKeys.has(key)) continue;
    if (version.calculatedKeys.has(key)) continue;
    details.push({
      question: key,
      message: `There is no question called "${key}" in this survey.`,
    });
  }
  return details;
}

function findBadShapes(version: CompiledVersion, answers: SafeRecord) {
  const details: ErrorDetail[] = [];
  for (const key of Object.keys(answers)) {
    const shape = version.shapes.get(key);
    const problem = shape && checkShape(shape, answers[key] as SafeValue);
    if (problem) details.push({ question: key, message: problem });
  }
  return details;
}

export function findBadValues(
  version: Pick<CompiledVersion, 'questionsByKey' | 'commentKeys' | 'sharedKeys'>,
  answers: Record<string, unknown>,
) {
  const details: ErrorDetail[] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (isEmptyAnswer(value) || version.sharedKeys.has(key)) continue;
    const question = version.questionsByKey.get(key);
    const problem = question
      ? checkValue(question, value)
      : version.commentKeys.has(key) && typeof value !== 'string'
        ? 'Enter text.'
        : undefined;
    if (problem) details.push({ question: key, message: problem });
  }
  return details;
}

/** Sets the answers on the shared model and removes those its conditions hide, until stable. */
function applyConditions(version: CompiledVersion, answers: Record<string, unknown>) {
  const { model } = version;
  let current = { ...answers };
  for (let pass = 0; pass < MAX_CONDITION_PASSES; pass++) {
    // Assigning data replaces every value (no clear() needed, which costs as much again).
    model.data = current;
    const next: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(current)) {
      if (isEmptyAnswer(value)) continue;
      const question = version.questionsByKey.get(key) ?? version.commentKeys.get(key);
      if (question && !isShown(question)) continue;
      if (question && version.commentKeys.has(key) && !keepsComment(question)) continue;
      next[key] = value;
    }
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
  return current;
}

/** A comment key belongs with a general comment box, or with "other" when other is chosen. */
function keepsComment(question: Question): boolean {
  if (question.hasComment) return true;
  if (!question.hasOther) return false;
  const value = question.value;
  const other = (question as Question & { otherItem?: { value: unknown } }).otherItem?.value;
  return Array.isArray(value) ? value.includes(other) : value === other;
}

function surveyCoreErrors(version: CompiledVersion): ErrorDetail[] {
  const { model } = version;
  if (model.validate(true)) return [];
  const details: ErrorDetail[] = [];
  for (const question of model.getAllQuestions(true, false, false)) {
    const messages = question.errors.map((e) => e.getText());
    if (messages.length === 0 && question.hasErrors(false)) {
      messages.push('Some parts of this answer need checking.');
    }
    for (const message of messages) details.push({ question: question.getValueName(), message });
  }
  return details.length > 0
    ? details
    : [{ question: '', message: 'The answers are not complete.' }];
}

/** Expression questions are worked out from other answers, never taken from the browser. */
function withComputedValues(version: CompiledVersion, answers: Record<string, unknown>) {
  const result = { ...answers };
  for (const [key, question] of version.questionsByKey) {
    if (question.getType() !== 'expression') continue;
    const value = version.model.getValue(key);
    if (isEmptyAnswer(value) || !isShown(question)) delete result[key];
    else result[key] = value;
  }
  return result;
}

/**
 * Answers whose every key and leaf has been matched to the definition, as plain objects; throws
 * 400 answer_too_long / answer_too_complex past the limits.
 */
export function checkStructure(
  version: CompiledVersion,
  answers: unknown,
  limits?: AnswerLimits,
): { ok: true; answers: Record<string, unknown> } | { ok: false; details: ErrorDetail[] } {
  const safe = readAnswers(answers, limits);
  const unknown = findUnknownKeys(version, safe);
  if (unknown.length > 0) return { ok: false, details: unknown };
  const shapes = findBadShapes(version, safe);
  if (shapes.length > 0) return { ok: false, details: shapes };
  return { ok: true, answers: toPlain(safe) as Record<string, unknown> };
}

/**
 * survey-core's verdict on checked answers. The model is shared by every request to this version,
 * so it is emptied afterwards whatever happens, and rebuilt if even that fails.
 */
export function referenceVerdict(
  version: CompiledVersion,
  answers: Record<string, unknown>,
): ValidationResult {
  try {
    const visible = applyConditions(version, answers);
    const badValues = findBadValues(version, visible);
    if (badValues.length > 0) return { ok: false, details: badValues };
    const errors = surveyCoreErrors(version);
    if (errors.length > 0) return { ok: false, details: errors };
    return { ok: true, answers: withComputedValues(version, visible) };
  } finally {
    resetModel(version);
  }
}

function resetModel(version: CompiledVersion) {
  try {
    version.model.data = {};
  } catch {
    Object.assign(version, buildModelParts(version.json));
  }
}

export function validateAnswers(
  version: CompiledVersion,
  answers: Record<string, unknown>,
  limits?: AnswerLimits,
): ValidationResult {
  const structure = checkStructure(version, answers, limits);
  if (!structure.ok) return structure;
  return version.fastValidator
    ? version.fastValidator(structure.answers)
    : referenceVerdict(version, structure.answers);
}
