// Checks of "show only if" conditions: each names questions that exist, and compares a question
// only with answers it can have (a condition on an option that was renamed or removed would
// silently never match, hiding a question from every parent).
import {
  ArrayOperand,
  BinaryOperand,
  ConditionRunner,
  ConditionsParser,
  Const,
  FunctionOperand,
  type Operand,
  UnaryOperand,
  Variable,
} from 'survey-core';
import type { DesignIssue } from '../designer-contracts.ts';
import { answerValues, columnValues, comparable } from './answer-values.ts';
import { asArray, type Json } from './definition-walk.ts';

export const CONDITIONS = ['visibleIf', 'enableIf', 'requiredIf'] as const;
/** Variables that point inside a panel, matrix row or choice rather than at a question. */
const CONTEXT_PREFIXES = /^(panel|row|item|choice|parentpanel|rootpanel|composite|self)$/i;
/** Comparisons whose other side must be one of the question's answers. */
const MEMBERSHIP = new Set(['equal', 'notequal', 'anyof', 'allof', 'contains', 'notcontains']);
const SYMMETRIC = new Set(['equal', 'notequal']);

export interface ConditionQuestion {
  name: string;
  type: string;
  json: Json;
}

const error = (code: string, message: string, question?: string): DesignIssue => ({
  code,
  severity: 'error',
  message,
  ...(question ? { question } : {}),
});

/** Names a condition may refer to: questions, their value names, calculated values, variables. */
function knownNames(json: Json, nodes: Json[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    for (const key of ['name', 'valueName'] as const) {
      if (typeof node[key] === 'string') names.add((node[key] as string).toLowerCase());
    }
  }
  for (const calc of asArray(json.calculatedValues)) {
    const name = (calc as Json | null)?.name;
    if (typeof name === 'string') names.add(name.toLowerCase());
  }
  for (const trigger of asArray(json.triggers)) {
    const name = (trigger as Json | null)?.setToName;
    if (typeof name === 'string') names.add(name.toLowerCase());
  }
  return names;
}

interface Comparison {
  variable: string;
  values: unknown[];
}

/** A variable compared with constants, or undefined when the other side is anything else. */
function compared(variable: unknown, other: unknown): Comparison | undefined {
  if (!(variable instanceof Variable) || other instanceof Variable) return undefined;
  if (other instanceof ArrayOperand) {
    const items = other.values;
    if (!items.every((v) => v instanceof Const && !(v instanceof Variable))) return undefined;
    return { variable: variable.variable, values: items.map((v) => (v as Const).correctValue) };
  }
  if (other instanceof Const) return { variable: variable.variable, values: [other.correctValue] };
  return undefined;
}

function comparisonsIn(op: Operand | undefined, found: Comparison[]): Comparison[] {
  if (op instanceof BinaryOperand) {
    const { leftOperand: left, rightOperand: right, operator } = op;
    if (MEMBERSHIP.has(operator)) {
      const pair =
        compared(left, right) ?? (SYMMETRIC.has(operator) ? compared(right, left) : undefined);
      if (pair) found.push(pair);
    }
    comparisonsIn(left, found);
    comparisonsIn(right, found);
  } else if (op instanceof UnaryOperand) comparisonsIn(op.expression, found);
  else if (op instanceof FunctionOperand) for (const p of op.paramValues) comparisonsIn(p, found);
  else if (op instanceof ArrayOperand) for (const v of op.values) comparisonsIn(v, found);
  return found;
}

/** The answers a variable can hold: a question's, or the columns for a matrix row. */
function valuesFor(variable: string, questions: Map<string, ConditionQuestion>) {
  const whole = questions.get(variable.toLowerCase());
  if (whole) return { question: whole.name, values: answerValues(whole.json, whole.type) };
  const [root, row, ...rest] = variable.split('.');
  const matrix = questions.get((root ?? '').toLowerCase());
  if (matrix?.type === 'matrix' && row && rest.length === 0) {
    return { question: `${matrix.name}.${row}`, values: columnValues(matrix.json) };
  }
  return undefined;
}

const isEmptyValue = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

function unknownValues(expression: string, questions: Map<string, ConditionQuestion>) {
  let root: Operand | undefined;
  try {
    root = new ConditionsParser().parseExpression(expression) ?? undefined;
  } catch {
    return [];
  }
  const problems: { question: string; value: string; allowed: string[] }[] = [];
  for (const { variable, values } of comparisonsIn(root, [])) {
    const target = valuesFor(variable, questions);
    if (!target?.values) continue;
    for (const value of values) {
      if (isEmptyValue(value) || target.values.has(comparable(value))) continue;
      problems.push({
        question: target.question,
        value: String(value),
        allowed: [...target.values.values()],
      });
    }
  }
  return problems;
}

const listed = (values: string[]) =>
  values.length > 8
    ? `${values
        .slice(0, 8)
        .map((v) => `"${v}"`)
        .join(', ')}…`
    : values.map((v) => `"${v}"`).join(', ');

/** Conditions naming no question, that cannot be read, or comparing with an answer not offered. */
export function conditionIssues(
  json: Json,
  nodes: Json[],
  questions: Map<string, ConditionQuestion>,
): DesignIssue[] {
  const names = knownNames(json, nodes);
  const issues: DesignIssue[] = [];
  for (const node of nodes) {
    const owner = typeof node.name === 'string' ? node.name : undefined;
    const of = owner ? `"${owner}"` : 'a page';
    for (const property of CONDITIONS) {
      const expression = node[property];
      if (typeof expression !== 'string' || !expression.trim()) continue;
      let variables: string[];
      try {
        variables = new ConditionRunner(expression).getVariables();
      } catch {
        variables = [];
      }
      if (variables.length === 0 && !/^\s*(true|false)\s*$/i.test(expression)) {
        if (!new ConditionRunner(expression).canRun()) {
          issues.push(
            error(
              'invalid_condition',
              `The condition ${property} "${expression}" cannot be read.`,
              owner,
            ),
          );
        }
      }
      for (const variable of variables) {
        const root = variable.split(/[.[]/)[0] ?? '';
        if (CONTEXT_PREFIXES.test(root) || names.has(root.toLowerCase())) continue;
        issues.push(
          error(
            'unknown_condition_question',
            `The condition ${property} of ${of} refers to "${root}", which is not a question.`,
            owner,
          ),
        );
      }
      for (const p of unknownValues(expression, questions)) {
        issues.push(
          error(
            'unknown_condition_value',
            `The condition ${property} of ${of} compares "${p.question}" with "${p.value}", which is not one of its answers (${listed(p.allowed)}), so that part can never match. Pick one of its answers.`,
            owner,
          ),
        );
      }
    }
  }
  return issues;
}
