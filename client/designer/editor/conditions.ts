// "Show this question only if": the few condition shapes the form editor builds, written as
// SurveyJS expressions and read back. Anything else stays as written, editable in the JSON view.
export type Operator =
  | 'equals'
  | 'not_equals'
  | 'any_of'
  | 'contains'
  | 'answered'
  | 'not_answered';
export type Value = string | number | boolean;

export interface Condition {
  question: string;
  operator: Operator;
  values: Value[];
}

export const OPERATOR_LABELS: Record<Operator, string> = {
  equals: 'is',
  not_equals: 'is not',
  any_of: 'is one of',
  contains: 'includes',
  answered: 'has been answered',
  not_answered: 'has not been answered',
};

/** Which operators make sense for an answer of this question type. */
export function operatorsFor(type: string): Operator[] {
  switch (type) {
    case 'checkbox':
    case 'ranking':
      return ['contains', 'answered', 'not_answered'];
    case 'radiogroup':
    case 'dropdown':
      return ['equals', 'not_equals', 'any_of', 'answered', 'not_answered'];
    case 'boolean':
    case 'rating':
      return ['equals', 'not_equals', 'answered', 'not_answered'];
    default:
      return ['answered', 'not_answered'];
  }
}

export const needsValue = (op: Operator) => op !== 'answered' && op !== 'not_answered';

const literal = (value: Value) =>
  typeof value === 'string'
    ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
    : String(value);

export function toExpression(c: Condition): string | undefined {
  const q = `{${c.question}}`;
  const [first] = c.values;
  switch (c.operator) {
    case 'answered':
      return `${q} notempty`;
    case 'not_answered':
      return `${q} empty`;
    case 'any_of':
      return c.values.length ? `${q} anyof [${c.values.map(literal).join(', ')}]` : undefined;
    case 'equals':
      return first === undefined ? undefined : `${q} = ${literal(first)}`;
    case 'not_equals':
      return first === undefined ? undefined : `${q} <> ${literal(first)}`;
    case 'contains':
      return first === undefined ? undefined : `${q} contains ${literal(first)}`;
  }
}

const NAME = String.raw`\{([^{}]+)\}`;
const LITERAL = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|true|false|-?\d+(?:\.\d+)?`;

function readLiteral(token: string): Value {
  if (token === 'true') return true;
  if (token === 'false') return false;
  if (/^['"]/.test(token)) return token.slice(1, -1).replace(/\\(.)/g, '$1');
  return Number(token);
}

/** Reads back an expression the editor could have written, or undefined. */
export function parseExpression(expression: string): Condition | undefined {
  const e = expression.trim();
  let m = new RegExp(`^${NAME}\\s+(notempty|empty)$`, 'i').exec(e);
  if (m?.[1] && m[2]) {
    return {
      question: m[1],
      operator: m[2].toLowerCase() === 'empty' ? 'not_answered' : 'answered',
      values: [],
    };
  }
  m = new RegExp(`^${NAME}\\s*(=|==|<>|!=|contains)\\s*(${LITERAL})$`, 'i').exec(e);
  if (m?.[1] && m[2] && m[3]) {
    const op = m[2].toLowerCase();
    const operator: Operator =
      op === 'contains' ? 'contains' : op === '=' || op === '==' ? 'equals' : 'not_equals';
    return { question: m[1], operator, values: [readLiteral(m[3])] };
  }
  m = new RegExp(`^${NAME}\\s+anyof\\s*\\[(.*)\\]$`, 'i').exec(e);
  if (m?.[1] && m[2] !== undefined) {
    const tokens = m[2].match(new RegExp(LITERAL, 'g')) ?? [];
    return { question: m[1], operator: 'any_of', values: tokens.map(readLiteral) };
  }
  return undefined;
}
