import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { many, testInput } from './report-fixtures.ts';
import type { BreakdownGroup, OptionFigure, QuestionFigure, Report } from './report-types.ts';

const K = 10;
type ShownGroup = Extract<BreakdownGroup, { n: number }>;

const groupQuestion = (group: BreakdownGroup | undefined, name: string) =>
  (group as ShownGroup).questions.find((q) => q.name === name) as QuestionFigure;
const top = (report: Report, name: string) =>
  report.questions.find((q) => q.name === name) as QuestionFigure;
/** The search below needs every question's answered count shown. */
function answeredOf(q: QuestionFigure | undefined): number {
  if (q?.answered === undefined) throw new Error(`${q?.name} is hidden`);
  return q.answered;
}

/**
 * Every value each hidden cell of a single-choice question could take, given what a breakdown
 * shows: each shown group's cells add up to its `answered`; each option's overall count is the sum
 * over the shown groups plus an unknown share of the people in hidden groups, whose number is the
 * overall `answered` minus the shown groups' (everyone answered the breakdown question).
 */
function possibleValues(report: Report, name: string): Map<string, Set<number>> {
  const overall = top(report, name);
  const cells = groups(report).map((g) => groupQuestion(g, name));
  const value = (o: OptionFigure | undefined) => (o && 'count' in o ? o.count : undefined);
  const totals = (overall.options ?? []).map(value);
  const hiddenPeople = answeredOf(overall) - cells.reduce((sum, q) => sum + answeredOf(q), 0);
  const unknown: [number, number][] = [];
  cells.forEach((q, g) => {
    q.options?.forEach((o, i) => {
      if ('suppressed' in o) unknown.push([g, i]);
    });
  });
  const found = new Map(unknown.map(([g, i]) => [`${g}:${i}`, new Set<number>()]));
  const grid = cells.map((q) => q.options?.map((o) => value(o) ?? -1) ?? []);
  const consistent = () => {
    if (!grid.every((row, g) => row.reduce((a, b) => a + b, 0) === answeredOf(cells[g])))
      return false;
    const rest = totals.map((total, i) =>
      total === undefined ? undefined : total - grid.reduce((a, row) => a + (row[i] ?? 0), 0),
    );
    if (rest.some((r) => r !== undefined && (r < 0 || r > hiddenPeople))) return false;
    const known = rest.filter((r): r is number => r !== undefined);
    return known.length < rest.length || known.reduce((a, b) => a + b, 0) === hiddenPeople;
  };
  // The last hidden cell of a row follows from the row's total, so only the others are tried.
  const last = new Map<number, number>();
  for (const [g, i] of unknown) last.set(g, i);
  const free = unknown.filter(([g, i]) => last.get(g) !== i);
  const search = (at: number) => {
    if (at === free.length) {
      for (const [g, i] of last) {
        const row = grid[g] as number[];
        row[i] = 0;
        row[i] = answeredOf(cells[g]) - row.reduce((a, b) => a + b, 0);
        if ((row[i] as number) < 0) return;
      }
      if (consistent())
        for (const [g, i] of unknown) found.get(`${g}:${i}`)?.add(grid[g]?.[i] ?? -1);
      return;
    }
    const [g, i] = free[at] as [number, number];
    for (let v = 0; v <= answeredOf(cells[g]); v++) {
      (grid[g] as number[])[i] = v;
      search(at + 1);
    }
  };
  search(0);
  return found;
}

describe('breakdown groups', () => {
  const responses = [
    ...many(30, { setting: 'primary', has_plan: true }, 'p'),
    ...many(25, { setting: 'secondary', has_plan: false }, 's'),
    ...many(4, { setting: 'special', has_plan: true }, 'x'),
  ];
  const report = buildReport(testInput(responses), { k: K, by: 'setting' });

  it('hides a group under k and the next smallest, so the total cannot give it away', () => {
    const groups = report.breakdown?.groups ?? [];
    expect(report.breakdown?.question).toBe('setting');
    expect(groups.map((g) => [g.value, 'n' in g ? g.n : 'suppressed'])).toEqual([
      ['primary', 30],
      ['secondary', 'suppressed'],
      ['special', 'suppressed'],
      ['other', 'suppressed'],
    ]);
    expect(groups[1]).toEqual({ value: 'secondary', label: 'Secondary school', suppressed: true });
  });

  it('repeats every other question for each group, without the breakdown question', () => {
    const primary = groups(report)[0];
    expect(primary?.questions.map((q) => q.name)).not.toContain('setting');
    const plan = groupQuestion(primary, 'has_plan');
    expect(plan.answered).toBe(30);
    // 34 have a plan overall: showing primary's 30 would say 4 in the hidden groups have one.
    expect(top(report, 'has_plan').options?.[0]).toMatchObject({ value: true, count: 34 });
    expect(plan.options?.[0]).toEqual({ value: true, label: 'Yes', suppressed: true });
  });

  it('groups a checkbox by each ticked option, people who ticked two in both', () => {
    const r = buildReport(
      testInput([
        ...many(12, { services: ['salt', 'camhs'], setting: 'primary' }, 'a'),
        ...many(15, { services: ['salt'], setting: 'secondary' }, 'b'),
      ]),
      { k: K, by: 'services' },
    );
    const [salt, camhs, none] = r.breakdown?.groups ?? [];
    expect(salt && 'n' in salt && salt.n).toBe(27);
    expect(camhs && 'n' in camhs && camhs.n).toBe(12);
    expect(none).toMatchObject({ value: 'none', suppressed: true });
    expect(groupQuestion(camhs, 'setting').options?.[0]).toMatchObject({ count: 12 });
  });
});

function groups(report: Report): ShownGroup[] {
  return (report.breakdown?.groups ?? []).filter((g): g is ShownGroup => 'n' in g);
}

describe('suppression across groups', () => {
  // Each group of 40: primary 3 yes / 37 no, secondary 20 / 20, special 30 / 10; overall 53 / 67.
  const responses = [
    ...many(3, { setting: 'primary', has_plan: true }, 'p1'),
    ...many(37, { setting: 'primary', has_plan: false }, 'p2'),
    ...many(20, { setting: 'secondary', has_plan: true }, 's1'),
    ...many(20, { setting: 'secondary', has_plan: false }, 's2'),
    ...many(30, { setting: 'special', has_plan: true }, 'x1'),
    ...many(10, { setting: 'special', has_plan: false }, 'x2'),
  ];
  const report = buildReport(testInput(responses), { k: K, by: 'setting' });

  it('hides a cell in another group when the overall count would reveal a hidden one', () => {
    const [primary, secondary, special] = groups(report);
    const shown = (g: ShownGroup | undefined) =>
      groupQuestion(g, 'has_plan').options?.map((o) => ('count' in o ? o.count : 'hidden'));
    expect(top(report, 'has_plan').options?.map((o) => 'count' in o && o.count)).toEqual([53, 67]);
    // Without hiding secondary's figures, primary's 3 would be 53 - 20 - 30.
    expect(shown(primary)).toEqual(['hidden', 'hidden']);
    expect(shown(secondary)).toEqual(['hidden', 'hidden']);
    expect(shown(special)).toEqual([30, 10]);
  });

  it('leaves every hidden cell with many possible values (searched exhaustively)', () => {
    const possible = possibleValues(report, 'has_plan');
    expect(possible.size).toBe(4);
    for (const values of possible.values()) expect(values.size).toBeGreaterThan(1);
    // The true 3 is among 24 possibilities (0 to 23).
    expect(possible.get('0:0')?.size).toBe(24);
  });

  it('keeps hidden groups hidden even when one group could be worked out from the rest', () => {
    const r = buildReport(
      testInput([
        ...many(3, { setting: 'special', has_plan: true }, 'a'),
        ...many(50, { setting: 'primary', has_plan: true }, 'b'),
        ...many(60, { setting: 'secondary', has_plan: false }, 'c'),
      ]),
      { k: K, by: 'setting' },
    );
    const shownGroups = groups(r).map((g) => g.value);
    expect(shownGroups).toEqual(['secondary']);
    expect(top(r, 'setting').options?.filter((o) => 'suppressed' in o)).toHaveLength(2);
  });
});

describe('suppression across groups, random tables', () => {
  let state = 7;
  const random = (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
  const settings = ['primary', 'secondary', 'special', 'other'];

  it('never leaves a hidden yes/no cell that only one value fits', () => {
    for (let table = 0; table < 80; table++) {
      const responses = settings.slice(0, 3).flatMap((setting) => {
        const n = 5 + random(30);
        const yes = random(n + 1);
        return [
          ...many(yes, { setting, has_plan: true }, `${table}${setting}y`),
          ...many(n - yes, { setting, has_plan: false }, `${table}${setting}n`),
        ];
      });
      const k = 3 + random(8);
      const report = buildReport(testInput(responses), { k, by: 'setting' });
      for (const [cell, values] of possibleValues(report, 'has_plan')) {
        expect(values.size, `table ${table}, k ${k}, cell ${cell}`).toBeGreaterThan(1);
      }
    }
  });

  it('never leaves a hidden rating cell that only one value fits, with people who skipped', () => {
    for (let table = 0; table < 25; table++) {
      const responses = settings.flatMap((setting) =>
        [1, 2, 3].flatMap((rating) =>
          many(random(7), { setting, rating }, `${table}${setting}${rating}`),
        ),
      );
      responses.push(...many(random(3), { rating: 1 + random(3) }, `${table}skipped`));
      const k = 2 + random(3);
      const report = buildReport(testInput(responses), { k, by: 'setting' });
      // Where a group hides the question itself, the solver's attack (suppression-attack.test.ts)
      // checks it; this search needs every group's number who answered.
      if (groups(report).some((g) => groupQuestion(g, 'rating').suppressed)) continue;
      for (const [cell, values] of possibleValues(report, 'rating')) {
        expect(values.size, `table ${table}, k ${k}, cell ${cell}`).toBeGreaterThan(1);
      }
    }
  });
});

describe('agree/disagree in groups', () => {
  it('shows a single agree/disagree question’s agreement alone in each group', () => {
    const r = buildReport(
      testInput([
        ...many(20, { setting: 'primary', confidence: 'agree' }, 'a'),
        ...many(20, { setting: 'primary', confidence: 'disagree' }, 'b'),
        ...many(15, { setting: 'secondary', confidence: 'strongly_agree' }, 'c'),
        ...many(25, { setting: 'secondary', confidence: 'disagree' }, 'd'),
      ]),
      { k: K, by: 'setting' },
    );
    const [primary, secondary] = groups(r);
    const q = groupQuestion(primary, 'confidence');
    expect(q.options).toBeUndefined();
    expect(q.agreement).toEqual({ percent: 50, count: 20, n: 40, ci: [35.2, 64.8] });
    expect(groupQuestion(secondary, 'confidence').agreement).toMatchObject({ count: 15, n: 40 });
    expect(top(r, 'confidence').options).toHaveLength(4);
  });
});
