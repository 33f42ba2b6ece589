// The number who answered a question is a figure like any other: with conditional questions it says
// who they are ("2 special-school parents answered the follow-up about exclusion").
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import type { ReportVersion } from './input-types.ts';
import { analysis, many, testInput, testVersion } from './report-fixtures.ts';
import type { BreakdownGroup, QuestionFigure, Report } from './report-types.ts';

const K = 10;
const TEXT = 'The school has been really helpful with his transition this term.';
type ShownGroup = Extract<BreakdownGroup, { n: number }>;

const top = (report: Report, name: string) =>
  report.questions.find((q) => q.name === name) as QuestionFigure;
const inGroup = (report: Report, value: string, name: string) => {
  const group = report.breakdown?.groups.find((g) => g.value === value) as ShownGroup;
  return group.questions.find((q) => q.name === name) as QuestionFigure;
};

describe('a question fewer than k answered', () => {
  it('keeps its name, title and type and carries no number at all', () => {
    const r = buildReport(
      testInput([
        ...many(30, { setting: 'primary' }, 'p'),
        ...many(4, { setting: 'special', anything_else: TEXT }, 's'),
      ]),
      { k: K },
    );
    const q = top(r, 'anything_else');
    expect(q).toEqual({
      name: 'anything_else',
      title: 'Anything else?',
      type: 'comment',
      suppressed: true,
      narrative: 'Fewer than 10 people answered this question.',
    });
    expect(JSON.stringify(q)).not.toMatch(/\b4\b/);
  });

  it('still says 0 when nobody answered: that describes nobody', () => {
    const r = buildReport(testInput(many(30, { setting: 'primary' }, 'p')), { k: K });
    expect(top(r, 'anything_else')).toMatchObject({ answered: 0 });
  });
});

describe('answered counts across the groups of a single choice', () => {
  // Anything else: 12 of the primary group, 10 of the secondary, 2 of the special school group.
  const r = buildReport(
    testInput([
      ...many(12, { setting: 'primary', anything_else: TEXT }, 'p1'),
      ...many(18, { setting: 'primary' }, 'p2'),
      ...many(10, { setting: 'secondary', anything_else: TEXT }, 's1'),
      ...many(15, { setting: 'secondary' }, 's2'),
      ...many(2, { setting: 'special', anything_else: TEXT }, 'x1'),
      ...many(10, { setting: 'special' }, 'x2'),
    ]),
    { k: K, by: 'setting' },
  );

  it('hides the small group’s count and, as cover, the next smallest', () => {
    expect(top(r, 'anything_else').answered).toBe(24);
    expect(inGroup(r, 'special', 'anything_else')).toMatchObject({ suppressed: true });
    // Otherwise 24 - 12 - 10 would give the special school group's 2.
    expect(inGroup(r, 'secondary', 'anything_else')).toMatchObject({ suppressed: true });
    expect(inGroup(r, 'primary', 'anything_else')).toMatchObject({ answered: 12 });
  });

  it('leaves the hidden pair at least k together, so neither can be worked out', () => {
    const shown = ['primary', 'secondary', 'special'].reduce(
      (sum, g) => sum + (inGroup(r, g, 'anything_else').answered ?? 0),
      0,
    );
    expect((top(r, 'anything_else').answered ?? 0) - shown).toBeGreaterThanOrEqual(K);
    expect(JSON.stringify(r)).not.toContain('"answered":2,');
  });

  it('drafts a narrative that does not give the hidden count', () => {
    expect(inGroup(r, 'special', 'anything_else').narrative).toBe(
      'Fewer than 10 people answered this question.',
    );
  });
});

describe('answered counts across ticked options', () => {
  it('hides only the small group: groups overlap, so no total gives it away', () => {
    const r = buildReport(
      testInput([
        ...many(3, { services: ['salt', 'camhs'], anything_else: TEXT }, 'a'),
        ...many(12, { services: ['salt', 'camhs'] }, 'b'),
        ...many(20, { services: ['salt'], anything_else: TEXT }, 'c'),
      ]),
      { k: K, by: 'services' },
    );
    expect(inGroup(r, 'camhs', 'anything_else')).toMatchObject({ suppressed: true });
    expect(inGroup(r, 'salt', 'anything_else')).toMatchObject({ answered: 23 });
  });
});

describe('rows of a grid without agree-like columns', () => {
  const contact: ReportVersion = {
    ...testVersion,
    json: {
      elements: [
        {
          type: 'matrix',
          name: 'contact',
          title: 'How often?',
          columns: ['never', 'sometimes', 'often'],
          rows: ['calls', 'emails'],
        },
      ],
    },
  };

  it('hides a row fewer than k answered, its count included', () => {
    const r = buildReport(
      testInput(
        [
          ...many(26, { contact: { calls: 'never' } }, 'a'),
          ...many(4, { contact: { calls: 'often', emails: 'often' } }, 'b'),
        ],
        { versions: [contact] },
      ),
      { k: K },
    );
    const rows = top(r, 'contact').rows ?? [];
    expect(rows[1]).toEqual({ name: 'emails', title: 'emails', suppressed: true });
    expect(rows[0]).toMatchObject({ name: 'calls', answered: 30 });
    expect(top(r, 'contact').narrative).toContain('Some figures are not shown');
  });
});

describe('answers still being analysed', () => {
  const build = (waiting: number) => {
    const responses = [
      ...many(20, { working_well: TEXT }, 'done'),
      ...many(waiting, { working_well: TEXT }, 'wait'),
    ];
    const freeText = new Map(
      responses
        .filter((r) => r.id.startsWith('done'))
        .map((r) => [r.id, new Map([['working_well', analysis(['delays'], TEXT)]])]),
    );
    return top(buildReport(testInput(responses, { freeText }), { k: K }), 'working_well');
  };

  it('gives a small number of them as "fewer than k" only', () => {
    const q = build(3);
    expect(q.pending).toEqual({ suppressed: true });
    expect(q.narrative).toMatch(/ Fewer than 10 more answers are still being analysed\.$/);
    expect(q.narrative).not.toMatch(/\b3\b/);
  });

  it('gives a larger number as it is', () => {
    const q = build(12);
    expect(q.pending).toBe(12);
    expect(q.narrative).toMatch(/ A further 12 answers are still being analysed\.$/);
  });
});

describe('answered counts across groups, random tables', () => {
  let state = 11;
  const random = (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };

  it('never leaves a hidden group count that the total and the others give away', () => {
    for (let table = 0; table < 120; table++) {
      const k = 3 + random(8);
      const sizes = ['primary', 'secondary', 'special'].map((setting) => {
        const n = 10 + random(30);
        return { setting, n, answered: random(3) === 0 ? random(k) : random(n + 1) };
      });
      const skipped = random(4);
      const responses = sizes.flatMap(({ setting, n, answered }) => [
        ...many(answered, { setting, anything_else: TEXT }, `${table}${setting}a`),
        ...many(n - answered, { setting }, `${table}${setting}b`),
      ]);
      responses.push(...many(skipped, { anything_else: TEXT }, `${table}skip`));
      const r = buildReport(testInput(responses), { k, by: 'setting' });
      const total = top(r, 'anything_else').answered;
      const cells = sizes.map((s) => ({ ...s, shown: inGroup(r, s.setting, 'anything_else') }));
      const hidden = cells.filter((c) => c.shown.suppressed);
      if (total === undefined || hidden.length === 0) continue;
      // What a reader knows: the total, the shown counts, each group's size and the skippers'.
      const remainder = total - cells.reduce((sum, c) => sum + (c.shown.answered ?? 0), 0);
      const label = `table ${table}, k ${k}`;
      expect(remainder === 0 || remainder >= k, label).toBe(true);
      const maxima = [...hidden.map((c) => c.n), skipped];
      for (const c of hidden) {
        const others = maxima.reduce((a, b) => a + b, 0) - c.n;
        const low = Math.max(0, remainder - others);
        const high = Math.min(c.n, remainder);
        expect(high - low, `${label}, ${c.setting}`).toBeGreaterThan(0);
      }
    }
  });
});
