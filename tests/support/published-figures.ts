// Every count a report can publish about one question for one set of respondents: as a linear
// expression of the unknowns, with the people it is counted among (its total) and those it leaves
// out (its complement), and how to read it from the report. A shown percentage travels with its
// count and n, and an interval is a function of them, so the count is all an attacker needs.
import type { QuestionSpec } from '../../analysis/report/catalog.ts';
import type { ReportTheme } from '../../analysis/report/input-types.ts';
import type { QuestionFigure } from '../../analysis/report/report-types.ts';
import { type Expr, minus, sum } from './linear-model.ts';
import type { QuestionUnknowns } from './question-unknowns.ts';

/** A number, hidden, or not published at all by design (options of an agreement in a group). */
export type Reading = number | 'hidden' | 'absent';

export interface FigureDef {
  name: string;
  expr: Expr;
  /** Name of the figure it is counted among ('size': everyone in the set of respondents). */
  total: string;
  complement?: Expr;
  read(q: QuestionFigure): Reading;
}

const count = (f: { count: number } | { suppressed: true } | undefined): Reading =>
  f === undefined ? 'absent' : 'count' in f ? f.count : 'hidden';

const shown = (q: QuestionFigure, read: (q: QuestionFigure) => Reading): Reading =>
  q.suppressed ? 'hidden' : read(q);

const others = (cells: Expr[], i: number) => sum(...cells.filter((_, j) => j !== i));

function agreementDefs(
  prefix: string,
  cells: Expr[],
  spec: QuestionSpec,
  total: string,
  read: (q: QuestionFigure) => { count: number; n: number } | { suppressed: true } | undefined,
): FigureDef[] {
  const columns = spec.agreement;
  if (!columns) return [];
  const where = (test: (i: number) => boolean) => sum(...cells.filter((_, i) => test(i)));
  const positive = where((i) => columns.positive[i] === 1);
  const opinion = where((i) => columns.excluded[i] !== 1);
  const noOpinion = where((i) => columns.excluded[i] === 1);
  const field = (f: 'count' | 'n') => (q: QuestionFigure) =>
    shown(q, (s) => {
      const a = read(s);
      return a === undefined ? 'absent' : 'count' in a ? a[f] : 'hidden';
    });
  return [
    {
      name: `${prefix}agree`,
      expr: positive,
      total: `${prefix}agreeN`,
      complement: minus(opinion, positive),
      read: field('count'),
    },
    { name: `${prefix}agreeN`, expr: opinion, total, complement: noOpinion, read: field('n') },
  ];
}

function optionDefs(
  prefix: string,
  cells: Expr[],
  total: string,
  complements: Expr[] | undefined,
  read: (q: QuestionFigure, i: number) => Reading,
): FigureDef[] {
  return cells.map((expr, i) => ({
    name: `${prefix}opt:${i}`,
    expr,
    total,
    complement: complements?.[i] ?? others(cells, i),
    read: (q) => shown(q, (s) => read(s, i)),
  }));
}

function matrixDefs(spec: QuestionSpec, u: QuestionUnknowns): FigureDef[] {
  return u.rows.flatMap((cells, r) => {
    const row = (q: QuestionFigure) => q.rows?.[r];
    const prefix = `row:${r}:`;
    if (spec.agreement) {
      return agreementDefs(prefix, cells, spec, 'answered', (q) => row(q)?.agreement);
    }
    const answered: FigureDef = {
      name: `${prefix}answered`,
      expr: sum(...cells),
      total: 'answered',
      complement: minus(u.answered, sum(...cells)),
      read: (q) =>
        shown(q, (s) => (row(s)?.suppressed ? 'hidden' : (row(s)?.answered ?? 'absent'))),
    };
    const options = optionDefs(prefix, cells, `${prefix}answered`, undefined, (q, i) =>
      row(q)?.suppressed ? 'hidden' : count(row(q)?.options?.[i]),
    );
    return [answered, ...options];
  });
}

export function figureDefs(
  spec: QuestionSpec,
  u: QuestionUnknowns,
  size: Expr,
  themes: readonly ReportTheme[],
): FigureDef[] {
  const defs: FigureDef[] = [
    {
      name: 'answered',
      expr: u.answered,
      total: 'size',
      complement: minus(size, u.answered),
      read: (q) => shown(q, (s) => s.answered ?? 'absent'),
    },
  ];
  if (spec.themed) {
    defs.push({
      name: 'pending',
      expr: u.pending,
      total: 'size',
      complement: minus(minus(size, u.answered), u.pending),
      read: (q) =>
        shown(q, (s) =>
          s.pending === undefined ? 0 : typeof s.pending === 'number' ? s.pending : 'hidden',
        ),
    });
  }
  if (spec.kind === 'single' || spec.kind === 'multi') {
    const complements = spec.kind === 'multi' ? u.unticked : undefined;
    defs.push(
      ...optionDefs('', u.options, 'answered', complements, (q, i) => count(q.options?.[i])),
    );
    defs.push(...agreementDefs('', u.options, spec, 'answered', (q) => q.agreement));
  } else if (spec.kind === 'matrix') {
    defs.push(...matrixDefs(spec, u));
  } else if (spec.themed) {
    u.themes.forEach((expr, j) => {
      const id = themes[j]?.id;
      defs.push({
        name: `theme:${j}`,
        expr,
        total: 'answered',
        complement: u.unticked[j],
        read: (q) => shown(q, (s) => count(s.themes?.find((t) => t.id === id))),
      });
    });
  }
  return defs;
}
