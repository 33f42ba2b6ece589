// Linear expressions over non-negative integer unknowns, and the constraints an attacker collects
// from published figures: the raw material of the suppression attack (disclosure-model.ts builds
// it from reports, disclosure-solver.ts bounds each hidden figure with it).

/** Variable name → coefficient. */
export type Expr = Map<string, number>;

export interface Constraint {
  expr: Expr;
  op: '=' | '<=' | '>=';
  rhs: number;
  /** The question it is about, or 'sizes' for the sizes of the parts every question shares. */
  tag: string;
}

export const expr = (...names: string[]): Expr => {
  const e: Expr = new Map();
  for (const name of names) e.set(name, (e.get(name) ?? 0) + 1);
  return e;
};

export function sum(...parts: Expr[]): Expr {
  const e: Expr = new Map();
  for (const part of parts) {
    for (const [name, c] of part) {
      const next = (e.get(name) ?? 0) + c;
      if (next === 0) e.delete(name);
      else e.set(name, next);
    }
  }
  return e;
}

export const negate = (e: Expr): Expr => new Map([...e].map(([name, c]) => [name, -c]));

export const minus = (a: Expr, b: Expr) => sum(a, negate(b));

export class LinearModel {
  readonly variables: string[] = [];
  readonly constraints: Constraint[] = [];
  /** Given to every constraint added until it changes. */
  tag = 'sizes';

  variable(): Expr {
    const name = `v${this.variables.length}`;
    this.variables.push(name);
    return expr(name);
  }

  add(e: Expr, op: Constraint['op'], rhs: number) {
    this.constraints.push({ expr: e, op, rhs, tag: this.tag });
  }

  /** a op b, both expressions. */
  relate(a: Expr, op: Constraint['op'], b: Expr) {
    this.add(minus(a, b), op, 0);
  }
}

const term = (name: string, c: number, first: boolean) => {
  const sign = c < 0 ? '-' : first ? '' : '+';
  return `${sign} ${Math.abs(c)} ${name}`;
};

export const lpExpr = (e: Expr) =>
  [...e].map(([name, c], i) => term(name, c, i === 0)).join(' ') || '0 v0';

/** CPLEX LP text for min or max of `objective` under the model's constraints, all integer. */
export function lpText(body: string, objective: Expr, sense: 'min' | 'max') {
  return `${sense === 'min' ? 'Minimize' : 'Maximize'}\n obj: ${lpExpr(objective)}\n${body}`;
}

/** The part of the LP text that stays the same whatever is minimised or maximised. */
export function lpBody(constraints: readonly Constraint[]): string {
  const rows = constraints.map((c, i) => ` c${i}: ${lpExpr(c.expr)} ${c.op} ${c.rhs}`);
  const names = new Set(constraints.flatMap((c) => [...c.expr.keys()]));
  return `Subject To\n${rows.join('\n')}\nGeneral\n ${[...names].join(' ')}\nEnd\n`;
}
