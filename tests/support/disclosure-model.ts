// What an attacker knows after reading several reports of one survey side by side (several k, with
// and without a breakdown): every shown count as an equality over unknown counts per breakdown
// group and per person-free-of-groups remainder, and every hidden count as a cell to bound. Hidden
// groups and the people who skipped the breakdown question are parts with no figures of their own:
// every count about them is a hidden cell too.
import type { Catalog, QuestionSpec } from '../../analysis/report/catalog.ts';
import type { ReportTheme } from '../../analysis/report/input-types.ts';
import type { QuestionFigure, Report } from '../../analysis/report/report-types.ts';
import { type Expr, LinearModel, sum } from './linear-model.ts';
import { type FigureDef, figureDefs } from './published-figures.ts';
import {
  addUp,
  breakdownUnknowns,
  type QuestionUnknowns,
  questionUnknowns,
} from './question-unknowns.ts';

export interface HiddenCell {
  key: string;
  /** The question it belongs to: only that question's constraints and the sizes bound it. */
  question: string;
  expr: Expr;
  /** The people it is counted among, and those it leaves out. */
  total: Expr;
  complement?: Expr;
  /**
   * The lowest k of the reports read together: an officer who may ask for that k may ask for any
   * report at it, so only counts under it are protected.
   */
  k: number;
  /** The same count for everyone is shown as 0, or as all of them: "none" or "all" is no news. */
  noneKnown: boolean;
  allKnown: boolean;
}

export interface DisclosureModel {
  model: LinearModel;
  cells: HiddenCell[];
  /** Each part's size (the groups', and then the people who skipped the breakdown question). */
  sizes: Expr[];
}

interface Scope {
  name: string;
  sizes: Expr;
  unknowns: QuestionUnknowns[];
  /** The report's figures for the scope, if it has any (hidden groups and the rest have none). */
  figures?: readonly QuestionFigure[];
}

/** A report, and the version it covers when it covers one only (`options.version`). */
export interface Published {
  report: Report;
  version?: number;
}

/**
 * Parts: per version (when a report covers one version only), one per group of the breakdown
 * question and one for those who skipped it; or just one.
 */
function buildParts(
  model: LinearModel,
  catalog: Catalog,
  by: QuestionSpec | undefined,
  themes: number,
  versions: readonly (number | undefined)[],
) {
  const count = by ? by.options.length + 1 : 1;
  return versions.flatMap((version) =>
    Array.from({ length: count }, (_, p) => {
      const size = model.variable();
      const unknowns = catalog.questions.map((spec) => {
        model.tag = spec === by ? 'sizes' : spec.name;
        return spec === by
          ? breakdownUnknowns(spec, size, p)
          : questionUnknowns(model, spec, size, themes);
      });
      model.tag = 'sizes';
      return { size, unknowns, version, group: p };
    }),
  );
}

/**
 * The model of what `published` shows together. Reports of one version are read with the merged
 * catalog, so the versions must share their questions' options (as the generated surveys' do).
 */
export function disclosureModel(
  catalog: Catalog,
  themes: readonly ReportTheme[],
  published: readonly Published[],
  versions: readonly number[] = [],
): DisclosureModel {
  const model = new LinearModel();
  const reports = published.map((p) => p.report);
  const byName = reports.find((r) => r.breakdown)?.breakdown?.question;
  const by = byName === undefined ? undefined : catalog.byName.get(byName);
  const split = published.some((p) => p.version !== undefined);
  const parts = buildParts(model, catalog, by, themes.length, split ? versions : [undefined]);
  const shown = new Map<string, number>();
  // Not published by design where the set of respondents is shown (a single agree/disagree
  // question's options in a group): the figures it is made of are judged instead.
  const unpublished = new Set<string>();
  const hidden = new Map<string, Omit<HiddenCell, 'noneKnown' | 'allKnown'> & { of: string }>();
  const defsOf = (scope: Scope) =>
    catalog.questions.map((spec, q) =>
      figureDefs(spec, scope.unknowns[q] as QuestionUnknowns, scope.sizes, themes),
    );

  // Published zeros by what they count: a hidden share that counts one of them, or whose
  // complement does (an agreement hidden beside "agree: 0" or "disagree: 0"), says "none" or "all
  // of them" no more than the zero does.
  const zeros = new Set<string>();
  const canonical = (e: Expr) =>
    [...e]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, c]) => `${c}*${name}`)
      .join('+');
  const publish = (key: string, e: Expr, value: number) => {
    if (value === 0) zeros.add(canonical(e));
    const before = shown.get(key);
    if (before !== undefined && before !== value) throw new Error(`${key}: ${before} or ${value}?`);
    if (before === undefined) model.add(e, '=', value);
    shown.set(key, value);
  };
  const totalOf = (defs: FigureDef[], scope: Scope, name: string) =>
    name === 'size' ? scope.sizes : (defs.find((d) => d.name === name) as FigureDef).expr;

  const k = Math.min(...reports.map((r) => r.k));
  const visit = (scope: Scope, skip: QuestionSpec | undefined) => {
    defsOf(scope).forEach((defs, q) => {
      const spec = catalog.questions[q] as QuestionSpec;
      if (spec === skip) return;
      const figure = scope.figures?.find((f) => f.name === spec.name);
      model.tag = spec === by ? 'sizes' : spec.name;
      for (const def of defs) {
        const key = `${scope.name}|${spec.name}|${def.name}`;
        const reading = figure ? def.read(figure) : 'hidden';
        if (typeof reading === 'number') publish(key, def.expr, reading);
        else if (reading === 'absent') unpublished.add(key);
        else {
          const total = totalOf(defs, scope, def.total);
          const before = hidden.get(key);
          const of = def.total === 'size' ? 'responses' : `${spec.name}|${def.total}`;
          const question = model.tag;
          const cell = { key, question, expr: def.expr, total, complement: def.complement, k, of };
          hidden.set(key, before && before.k < k ? before : cell);
        }
      }
    });
    model.tag = 'sizes';
  };

  const everyone = parts.map((_, p) => p);
  const inVersion = (version: number | undefined) =>
    everyone.filter((p) => version === undefined || parts[p]?.version === version);
  const scopeOf = (
    name: string,
    members: number[],
    figures?: readonly QuestionFigure[],
  ): Scope => ({
    name,
    sizes: sum(...members.map((p) => parts[p]?.size as Expr)),
    unknowns: catalog.questions.map((_, q) =>
      addUp(members.map((p) => parts[p]?.unknowns[q] as QuestionUnknowns)),
    ),
    figures,
  });
  for (const { report, version } of published) {
    const prefix = version === undefined ? '' : `v${version}:`;
    const members = inVersion(version);
    const all = scopeOf(`${prefix}all`, members, report.questions);
    publish(`${prefix}all|responses`, all.sizes, report.responses);
    visit(all, undefined);
    if (!report.breakdown || !by) continue;
    const groups = report.breakdown.groups;
    for (let p = 0; p <= by.options.length; p++) {
      const group = groups[p];
      const figures = group && 'n' in group ? group.questions : undefined;
      const name = `${prefix}${group ? `g${p}` : 'rest'}`;
      const scope = scopeOf(
        name,
        members.filter((m) => parts[m]?.group === p),
        figures,
      );
      if (group && 'n' in group) publish(`${scope.name}|size`, scope.sizes, group.n);
      visit(scope, by);
    }
  }

  const cells = [...hidden.values()]
    .filter((c) => !shown.has(c.key) && !unpublished.has(c.key))
    .map(({ of, ...c }): HiddenCell => {
      const [scope = '', ...rest] = c.key.split('|');
      const all = `${scope.includes(':') ? scope.slice(0, scope.indexOf(':') + 1) : ''}all`;
      // Everyone is the report's own scope, or all versions together beside one version's report.
      const known = (scope: string) => {
        const x = shown.get(`${scope}|${rest.join('|')}`);
        const size = shown.get(`${scope}|responses`) ?? shown.get(`${scope}|size`);
        const t = of === 'responses' ? size : shown.get(`${scope}|${of}`);
        // Those neither analysed nor waiting: none of everyone means none of any part.
        const question = rest.slice(0, -1).join('|');
        const waiting = shown.get(`${scope}|${question}|pending`);
        const answered = shown.get(`${scope}|${question}|answered`);
        const noneLeft =
          rest.at(-1) === 'pending' &&
          size !== undefined &&
          waiting !== undefined &&
          answered !== undefined &&
          size - answered - waiting === 0;
        return { none: x === 0, all: (x !== undefined && x === t) || noneLeft };
      };
      // And one version's group beside the same group of all versions together.
      const scopes = [all, 'all', scope.slice(scope.indexOf(':') + 1)].map(known);
      return {
        ...c,
        noneKnown: scopes.some((s) => s.none) || zeros.has(canonical(c.expr)),
        allKnown:
          scopes.some((s) => s.all) ||
          (c.complement !== undefined && zeros.has(canonical(c.complement))),
      };
    });
  return { model, cells, sizes: parts.map((p) => p.size) };
}
