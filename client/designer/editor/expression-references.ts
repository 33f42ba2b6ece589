// Following a renamed question, statement or option into the SurveyJS expressions that name it
// (conditions such as visibleIf, calculated values, triggers), so a rename never leaves a
// condition pointing at an answer that no longer exists.
import { isRecord, type Json } from './survey-json.ts';

interface Token {
  kind: 'variable' | 'string' | 'text';
  text: string;
  /** Comparisons are apart: "and", "or", brackets and function arguments end one. */
  part: number;
}

/** Splits an expression into variables ({name}), string literals and the text between. */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let part = 0;
  let depth = 0;
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text, part });
    text = '';
  };
  for (let i = 0; i < expression.length; ) {
    const c = expression.charAt(i);
    const close = c === '{' ? expression.indexOf('}', i) : -1;
    if (close >= 0) {
      flush();
      tokens.push({ kind: 'variable', text: expression.slice(i, close + 1), part });
      i = close + 1;
    } else if (c === "'" || c === '"') {
      let end = i + 1;
      while (end < expression.length && expression.charAt(end) !== c)
        end += expression.charAt(end) === '\\' ? 2 : 1;
      flush();
      tokens.push({ kind: 'string', text: expression.slice(i, end + 1), part });
      i = end + 1;
    } else {
      const word = /^(?:&&|\|\||and\b|or\b)/i.exec(expression.slice(i))?.[0] ?? '';
      const logical = /^[&|]/.test(word) || !/[A-Za-z0-9_]/.test(expression.charAt(i - 1));
      const step = word && logical ? word : c;
      if (c === '[') depth += 1;
      if (c === ']') depth = Math.max(0, depth - 1);
      text += step;
      i += step.length;
      if (step.length > 1 || c === '(' || c === ')' || (c === ',' && depth === 0)) {
        flush();
        part += 1;
      }
    }
  }
  flush();
  return tokens;
}

const join = (tokens: Token[]) => tokens.map((t) => t.text).join('');
const inside = (variable: string) => variable.slice(1, -1).trim();
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const unquote = (literal: string) => literal.slice(1, -1).replace(/\\(.)/g, '$1');
const requote = (literal: string, value: string) => {
  const quote = literal.charAt(0);
  return `${quote}${value.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
};

/** Replaces variables: "q" becomes "to", and "q.row" or "q[0]" keep what follows. */
export function renameVariable(expression: string, from: string, to: string): string {
  const tokens = tokenize(expression).map((t) => {
    if (t.kind !== 'variable') return t;
    const name = inside(t.text);
    const rest = name.slice(from.length);
    if (!same(name.slice(0, from.length), from) || (rest && !/^[.[]/.test(rest))) return t;
    return { ...t, text: `{${to}${rest}}` };
  });
  return join(tokens);
}

/**
 * Replaces a string answer compared with the variables `matches` accepts: in "{q} = 'a'" or
 * "{q} anyof ['a', 'b']", never in a comparison about another question.
 */
export function renameValue(
  expression: string,
  matches: (variable: string) => boolean,
  from: string,
  to: string,
): string {
  const tokens = tokenize(expression);
  const parts = new Map<number, string[]>();
  for (const t of tokens) {
    if (t.kind === 'variable') parts.set(t.part, [...(parts.get(t.part) ?? []), inside(t.text)]);
  }
  const about = (part: number) => {
    const variables = parts.get(part) ?? [];
    return variables.length === 1 && matches(variables[0] ?? '');
  };
  return join(
    tokens.map((t) =>
      t.kind === 'string' && about(t.part) && same(unquote(t.text), from)
        ? { ...t, text: requote(t.text, to) }
        : t,
    ),
  );
}

const EXPRESSION_KEY = /If$|Expression$|^expression$/;

/** Applies `change` to every expression in the definition, at any depth. */
export function mapExpressions(json: Json, change: (expression: string) => string): Json {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isRecord(node)) return node;
    const next: Json = {};
    for (const [key, value] of Object.entries(node)) {
      next[key] =
        typeof value === 'string' && EXPRESSION_KEY.test(key) ? change(value) : visit(value);
    }
    return next;
  };
  return visit(json) as Json;
}
