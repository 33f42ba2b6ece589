// Bounds every hidden cell of a disclosure model by integer linear programming (HiGHS) and says
// which ones an attacker can pin down. With k the lowest threshold of the reports read together and
// T the people the cell is counted among (a group's number who answered, say), a cell is exposed
// when, while T could be more than 0:
// - small: it is certainly 1 to k-1 (one such value, or a range of them: "a few of this group");
// - none: it is certainly 0 ("nobody in this group"), unless the same count for everyone is shown
//   as 0;
// - and the same for its complement, T minus the cell: "all but a few", or "all of this group"
//   (unless everyone's count is shown as all of them).
// A range that reaches 0 or k is not an exposure: the attacker cannot tell a few from none or from
// many. An exact count of k or more is not one either: hiding it protected the cells around it.
//
// Speed: each bound is an integer program. Most cells are settled by feasible points already found
// (a value of 0 and one of k or more, say), so only the rest are solved; the LP relaxation is tried
// first and trusted when its optimum is integral.
import type { Highs } from 'highs';
import * as highsModule from 'highs';
import type { DisclosureModel, HiddenCell } from './disclosure-model.ts';
import { type Constraint, type Expr, lpBody, lpText } from './linear-model.ts';

export interface Exposure {
  key: string;
  reason: string;
  range: [number, number];
  k: number;
}

// The package's types describe its CommonJS build; Node loads its ES module, whose default export
// is the loader.
const loadHighs = (highsModule as unknown as { default: () => Promise<Highs> }).default;
let loaded: Promise<Highs> | undefined;
const runtime = () => {
  loaded ??= loadHighs();
  return loaded;
};

type Point = Map<string, number>;
const valueAt = (e: Expr, p: Point) => {
  let v = 0;
  for (const [name, c] of e) v += c * (p.get(name) ?? 0);
  return v;
};

class Bounds {
  readonly pool: Point[] = [];
  private readonly lp;
  private readonly mip;
  private readonly names: string[];
  private readonly index = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly highs: Highs,
    constraints: readonly Constraint[],
  ) {
    const text = lpText(lpBody(constraints), new Map(), 'min');
    this.mip = highs.createModel({ format: 'lp', data: text });
    this.lp = highs.createModel({ format: 'lp', data: text });
    for (const m of [this.mip, this.lp]) m.options.set({ output_flag: false });
    this.mip.options.set({ mip_detect_symmetry: false });
    this.lp.options.set({ presolve: 'off', solver: 'simplex' });
    this.lp.clearIntegrality();
    const count = this.mip.getDimensions().numCols;
    this.names = Array.from({ length: count }, (_, i) => this.mip.getColName(i));
    this.names.forEach((name, i) => {
      this.index.set(name, i);
    });
  }

  dispose() {
    this.mip.dispose();
    this.lp.dispose();
  }

  private run(model: typeof this.mip, e: Expr, sense: 'min' | 'max') {
    const costs = new Float64Array(this.names.length);
    for (const [name, c] of e) {
      const i = this.index.get(name);
      if (i !== undefined) costs[i] = c;
    }
    model.changeColsCost({ kind: 'range', from: 0, to: costs.length - 1 }, costs);
    const { minimize, maximize } = this.highs.constants.objectiveSense;
    model.changeObjectiveSense(sense === 'min' ? minimize : maximize);
    const { modelStatus } = model.run();
    if (modelStatus !== this.highs.constants.modelStatus.optimal) {
      throw new Error(`The attack model is not solvable (status ${modelStatus})`);
    }
    return model.getSolution().colValue;
  }

  bound(e: Expr, sense: 'min' | 'max'): number {
    if (e.size === 0) return 0;
    const key = `${sense}:${[...e].join(';')}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    let values = this.run(this.lp, e, sense);
    if (values.some((v) => Math.abs(v - Math.round(v)) > 1e-6))
      values = this.run(this.mip, e, sense);
    const point: Point = new Map(this.names.map((name, i) => [name, Math.round(values[i] ?? 0)]));
    this.pool.push(point);
    const value = valueAt(e, point);
    this.cache.set(key, value);
    return value;
  }

  /** The lowest and highest values seen at feasible points so far (inside the true range). */
  seen(e: Expr): [number, number] {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const p of this.pool) {
      const v = valueAt(e, p);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  }
}

/** Why the attacker can tell this count is none or a few, or undefined when it cannot. */
function judgeCount(b: Bounds, e: Expr, k: number, noneIsNews: boolean): string | undefined {
  const [lo, hi] = b.seen(e);
  if (noneIsNews && hi < 1 && b.bound(e, 'max') === 0) return 'none';
  if (lo === 0 || hi >= k) return undefined;
  const max = b.bound(e, 'max');
  if (max >= k) return undefined;
  return b.bound(e, 'min') >= 1 ? 'a few' : undefined;
}

function judge(cell: HiddenCell, b: Bounds): Exposure | undefined {
  const { k } = cell;
  if (b.seen(cell.total)[1] < 1 && b.bound(cell.total, 'max') === 0) return undefined;
  const found = (reason: string, e: Expr): Exposure => ({
    key: cell.key,
    reason,
    range: [b.bound(e, 'min'), b.bound(e, 'max')],
    k,
  });
  // "A few" that are certainly all of their group (or none) is news about all (or none) of them.
  const certainlyNone = (e: Expr) => b.seen(e)[1] < 1 && b.bound(e, 'max') === 0;
  const own = judgeCount(b, cell.expr, k, !cell.noneKnown);
  if (own === 'none' || (own && !(cell.complement && certainlyNone(cell.complement)))) {
    return found(own, cell.expr);
  }
  if (!cell.complement) return undefined;
  const rest = judgeCount(b, cell.complement, k, !cell.allKnown);
  if (rest === 'none') return found('all of its group', cell.complement);
  if (rest && !certainlyNone(cell.expr)) return found('all but a few', cell.complement);
  return undefined;
}

/**
 * Every hidden cell the published figures give away, by the rules above. Questions share nothing
 * but the parts' sizes, so each question is solved on its own with the sizes' bounds from the whole
 * model.
 */
export async function exposedCells({ model, cells, sizes }: DisclosureModel): Promise<Exposure[]> {
  const highs = await runtime();
  const whole = new Bounds(highs, model.constraints);
  const sizeBounds: Constraint[] = sizes.flatMap((size) => [
    { expr: size, op: '>=', rhs: whole.bound(size, 'min'), tag: 'sizes' },
    { expr: size, op: '<=', rhs: whole.bound(size, 'max'), tag: 'sizes' },
  ]);
  whole.dispose();
  const exposures: Exposure[] = [];
  for (const question of new Set(cells.map((c) => c.question))) {
    const own = model.constraints.filter((c) => c.tag === 'sizes' || c.tag === question);
    const bounds = new Bounds(highs, [...own, ...sizeBounds]);
    try {
      for (const cell of cells) {
        if (cell.question !== question) continue;
        const exposure = judge(cell, bounds);
        if (exposure) exposures.push(exposure);
      }
    } finally {
      bounds.dispose();
    }
  }
  return exposures;
}
