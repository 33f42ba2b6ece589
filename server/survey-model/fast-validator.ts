// A survey version compiled into plain functions that give the verdict survey-core's model gives
// (`model.data = answers` then `validate(true)`, about 3 ms) without touching any model: conditions
// and expressions run through survey-core's own ConditionRunner and ExpressionRunner, value and
// validator checks reuse survey-core's validator objects and our value-checks. Definitions using
// anything outside compiled-support.ts stay on the reference validator.
import {
  ConditionRunner,
  ExpressionRunner,
  Helpers,
  type Question,
  settings as surveySettings,
} from 'survey-core';
import type { ErrorDetail } from '../contracts.ts';
import { unsupportedReason } from './compiled-support.ts';
import type { ModelParts } from './compiled-version.ts';
import { compileChecks, type QuestionChecks } from './fast-question-checks.ts';
import { findBadValues, isEmptyAnswer, type ValidationResult } from './validate-answers.ts';

export type FastValidator = (answers: Record<string, unknown>) => ValidationResult;
type Values = Record<string, unknown>;

const MAX_CONDITION_PASSES = 10;
const { commentSuffix } = surveySettings;
const MAX_EXPRESSION_PASSES = 5;

interface Node {
  visible: boolean;
  visibleIf?: ConditionRunner;
  parent?: Node;
}

interface CompiledQuestion {
  key: string;
  question: Question;
  node: Node;
  /** Set for "other (please say)" choices: the key of its comment and the other value. */
  other?: { commentKey: string; value: unknown };
  expression?: ExpressionRunner;
  checks?: QuestionChecks;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function nodeOf(json: Json, parent?: Node): Node {
  return {
    visible: json.visible !== false,
    ...(typeof json.visibleIf === 'string' && json.visibleIf.trim()
      ? { visibleIf: new ConditionRunner(json.visibleIf) }
      : {}),
    ...(parent ? { parent } : {}),
  };
}

function isShown(node: Node | undefined, values: Values): boolean {
  for (let n = node; n; n = n.parent) {
    if (!n.visible) return false;
    if (n.visibleIf && n.visibleIf.runValues(values, {}) !== true) return false;
  }
  return true;
}

function collect(parts: ModelParts, json: Json): CompiledQuestion[] {
  const found: CompiledQuestion[] = [];
  const visit = (list: unknown, parent?: Node) => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isRecord(element)) continue;
      const node = nodeOf(element, parent);
      visit(element.elements, node);
      visit(element.questions, node);
      const question = typeof element.name === 'string' && parts.questionsByKey.get(element.name);
      if (!question || element.type === 'panel' || element.type === undefined) continue;
      found.push(compileQuestion(question, element, node));
    }
  };
  if (Array.isArray(json.pages)) {
    for (const page of json.pages) if (isRecord(page)) visit([{ ...page, type: 'page' }]);
  }
  const rootPage = nodeOf({});
  visit(json.elements, rootPage);
  visit(json.questions, rootPage);
  return found;
}

function compileQuestion(question: Question, json: Json, node: Node): CompiledQuestion {
  const key = question.getValueName();
  const loose = question as Question & { otherItem?: { value: unknown } };
  const type = question.getType();
  const compiled: CompiledQuestion = { key, question, node };
  if (question.hasOther && loose.otherItem) {
    compiled.other = { commentKey: key + commentSuffix, value: loose.otherItem.value };
  }
  if (type === 'expression') {
    const expression = typeof json.expression === 'string' ? json.expression : '';
    if (expression) compiled.expression = new ExpressionRunner(expression);
    return compiled;
  }
  if (type === 'html' || type === 'image') return compiled;
  compiled.checks = compileChecks(question, json);
  return compiled;
}

function selected(value: unknown, other: unknown): boolean {
  return Array.isArray(value) ? value.includes(other) : value === other;
}

/** Values as conditions see them: the answers with every expression question worked out. */
function withExpressions(questions: CompiledQuestion[], answers: Values): Values {
  const expressions = questions.filter((q) => q.expression);
  if (expressions.length === 0) return answers;
  const values: Values = { ...answers };
  for (let pass = 0; pass < MAX_EXPRESSION_PASSES; pass++) {
    let changed = false;
    for (const q of expressions) {
      const value = q.expression?.runValues(values, {});
      if (Helpers.isTwoValueEquals(value, values[q.key])) continue;
      if (value === undefined) delete values[q.key];
      else values[q.key] = value;
      changed = true;
    }
    if (!changed) break;
  }
  return values;
}

export function compileFastValidator(
  json: Json,
  parts: ModelParts,
): { validator?: FastValidator; reason?: string } {
  const reason = unsupportedReason(json);
  if (reason) return { reason };
  if (parts.sharedKeys.size > 0) return { reason: 'two questions share an answer key' };
  if (parts.calculatedKeys.size > 0) return { reason: 'the survey has calculated values' };
  const questions = collect(parts, json);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const byCommentKey = new Map(
    questions.filter((q) => q.other).map((q) => [q.other?.commentKey as string, q]),
  );
  for (const key of parts.commentKeys.keys()) {
    const owner = parts.commentKeys.get(key);
    const compiled = owner && byKey.get(owner.getValueName());
    if (compiled && !byCommentKey.has(key)) byCommentKey.set(key, compiled);
  }
  if (byKey.size !== parts.questionsByKey.size) return { reason: 'a question was not found' };

  const applyConditions = (answers: Values) => {
    let current = answers;
    let seen = answers;
    for (let pass = 0; pass < MAX_CONDITION_PASSES; pass++) {
      seen = current;
      const values = withExpressions(questions, current);
      const next: Values = {};
      let count = 0;
      for (const key of Object.keys(current)) {
        const value = current[key];
        if (isEmptyAnswer(value)) continue;
        const own = byKey.get(key);
        const owner = own ?? byCommentKey.get(key);
        if (owner && !isShown(owner.node, values)) continue;
        if (!own && owner && !(owner.other && selected(current[owner.key], owner.other.value))) {
          continue;
        }
        next[key] = value;
        count++;
      }
      if (count === Object.keys(current).length) return { visible: next, seen: current };
      current = next;
    }
    return { visible: current, seen };
  };

  const validator: FastValidator = (answers) => {
    const { visible, seen } = applyConditions(answers);
    const badValues = findBadValues(parts, visible);
    if (badValues.length > 0) return { ok: false, details: badValues };
    const values = withExpressions(questions, seen);
    const details: ErrorDetail[] = [];
    for (const q of questions) {
      if (!q.checks || !isShown(q.node, values)) continue;
      const comment = q.other ? values[q.other.commentKey] : undefined;
      const message = q.checks(values[q.key], values, comment);
      if (message) details.push({ question: q.key, message });
    }
    if (details.length > 0) return { ok: false, details };
    const result: Values = { ...visible };
    for (const q of questions) {
      if (!q.expression) continue;
      const value = values[q.key];
      if (isEmptyAnswer(value) || !isShown(q.node, values)) delete result[q.key];
      else result[q.key] = value;
    }
    return { ok: true, answers: result };
  };
  return { validator };
}
