// The unknown counts behind one question's figures for one set of respondents (a "part": a
// breakdown group, or the people who skipped the breakdown question), with the constraints every
// respondent obeys: one option per single choice, at least one ticked option, a grid row at most
// once, an answer either analysed or pending. Figures of several parts are sums of these.
import type { QuestionSpec } from '../../analysis/report/catalog.ts';
import { type Expr, type LinearModel, sum } from './linear-model.ts';

export interface QuestionUnknowns {
  answered: Expr;
  pending: Expr;
  /** Per option: people who chose or ticked it. */
  options: Expr[];
  /** Ticked options and themes: people who answered but did not tick it (answered - option). */
  unticked: Expr[];
  rows: Expr[][];
  themes: Expr[];
}

const empty = (): Expr => new Map();

export function questionUnknowns(
  model: LinearModel,
  spec: QuestionSpec,
  size: Expr,
  themeCount: number,
): QuestionUnknowns {
  const answered = model.variable();
  const u: QuestionUnknowns = {
    answered,
    pending: spec.themed ? model.variable() : empty(),
    options: [],
    unticked: [],
    rows: [],
    themes: [],
  };
  model.relate(sum(answered, u.pending), '<=', size);
  if (spec.kind === 'single') {
    u.options = spec.options.map(() => model.variable());
    model.relate(sum(...u.options), '=', answered);
  } else if (spec.kind === 'multi') {
    u.options = spec.options.map(() => model.variable());
    u.unticked = spec.options.map(() => model.variable());
    u.options.forEach((x, i) => {
      model.relate(sum(x, u.unticked[i] as Expr), '=', answered);
    });
    model.relate(sum(...u.options), '>=', answered);
  } else if (spec.kind === 'matrix') {
    u.rows = spec.rows.map(() => spec.options.map(() => model.variable()));
    for (const row of u.rows) model.relate(sum(...row), '<=', answered);
    model.relate(answered, '<=', sum(...u.rows.flat()));
  } else if (spec.themed) {
    u.themes = Array.from({ length: themeCount }, () => model.variable());
    u.unticked = u.themes.map(() => model.variable());
    u.themes.forEach((t, i) => {
      model.relate(sum(t, u.unticked[i] as Expr), '=', answered);
    });
  }
  return u;
}

/**
 * The breakdown question within one of its own groups: everyone in group g chose option g, and the
 * people who skipped it chose nothing. No unknowns beyond the group's size.
 */
export function breakdownUnknowns(spec: QuestionSpec, size: Expr, group: number): QuestionUnknowns {
  const inGroup = group < spec.options.length;
  return {
    answered: inGroup ? size : empty(),
    pending: empty(),
    options: spec.options.map((_, i) => (i === group ? size : empty())),
    unticked: [],
    rows: [],
    themes: [],
  };
}

/** The unknowns of several parts added up (everyone, or a group's hidden remainder). */
export function addUp(parts: readonly QuestionUnknowns[]): QuestionUnknowns {
  const pick = <T>(f: (u: QuestionUnknowns) => T) => parts.map(f);
  const each = (lists: Expr[][]) =>
    (lists[0] ?? []).map((_, i) => sum(...lists.map((l) => l[i] as Expr)));
  return {
    answered: sum(...pick((u) => u.answered)),
    pending: sum(...pick((u) => u.pending)),
    options: each(pick((u) => u.options)),
    unticked: each(pick((u) => u.unticked)),
    rows: (parts[0]?.rows ?? []).map((_, r) => each(pick((u) => u.rows[r] as Expr[]))),
    themes: each(pick((u) => u.themes)),
  };
}
