import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { protectSums } from './protect-cells.ts';
import { analysis, many, testInput } from './report-fixtures.ts';
import type { OptionFigure, QuestionFigure, Report } from './report-types.ts';

const question = (report: Report, name: string) =>
  report.questions.find((q) => q.name === name) as QuestionFigure;

const K = 10;

/**
 * What someone could work out about the hidden options of a single-choice question from what is
 * shown: they add up to `answered` minus the shown counts. Safe when that remainder is shared by
 * at least two hidden options and is itself at least k.
 */
function hiddenRemainder(answered: number, options: readonly OptionFigure[]) {
  const hidden = options.filter((o) => 'suppressed' in o);
  const shown = options.reduce((sum, o) => sum + ('count' in o ? o.count : 0), 0);
  return { hiddenCount: hidden.length, remainder: answered - shown };
}

describe('protectSums', () => {
  it('hides the smallest other cell so a hidden one cannot be worked out from the total', () => {
    const hidden = Uint8Array.from([1, 0, 0]);
    protectSums([3, 40, 57], K, hidden, [[0, 1, 2]]);
    expect([...hidden]).toEqual([1, 1, 0]);
  });

  it('keeps hiding until the hidden cells together reach k', () => {
    const hidden = Uint8Array.from([1, 1, 0, 0]);
    protectSums([2, 3, 4, 90], K, hidden, [[0, 1, 2, 3]]);
    expect([...hidden]).toEqual([1, 1, 1, 1]);
  });

  it('never uses an empty cell as cover, and reports a sum it cannot protect', () => {
    const hidden = Uint8Array.from([1, 0, 0]);
    const result = protectSums([3, 0, 0], K, hidden, [[0, 1, 2]]);
    expect(result.failed).toBe(0);
    expect([...hidden]).toEqual([1, 0, 0]);
  });
});

describe('single-choice questions', () => {
  const input = testInput([
    ...many(3, { setting: 'special' }, 's'),
    ...many(40, { setting: 'secondary' }, 'b'),
    ...many(57, { setting: 'primary' }, 'p'),
  ]);
  const setting = question(buildReport(input, { k: K }), 'setting');

  it('hides a small option and the smallest other one, never showing 0 for them', () => {
    expect(setting.options).toEqual([
      { value: 'primary', label: 'Primary school', count: 57, percent: 57, ci: [47.2, 66.3] },
      { value: 'secondary', label: 'Secondary school', suppressed: true },
      { value: 'special', label: 'Special school', suppressed: true },
      { value: 'other', label: 'Somewhere else', count: 0, percent: 0, ci: [0, 3.7] },
    ]);
  });

  it('leaves nothing that can be worked out: two hidden options share a remainder of at least k', () => {
    const { hiddenCount, remainder } = hiddenRemainder(
      setting.answered ?? 0,
      setting.options ?? [],
    );
    expect(hiddenCount).toBeGreaterThanOrEqual(2);
    expect(remainder).toBe(43);
    expect(remainder).toBeGreaterThanOrEqual(K);
  });

  it('hides the question itself when fewer than k answered, and says so without the number', () => {
    const few = question(
      buildReport(testInput(many(7, { setting: 'primary' }, 'x')), { k: K }),
      'setting',
    );
    expect(few).toEqual({
      name: 'setting',
      title: 'Where does your child go?',
      type: 'radiogroup',
      suppressed: true,
      narrative: 'Fewer than 10 people answered this question.',
    });
  });
});

describe('agreement', () => {
  it('hides the share when the agreeing or the other side is small', () => {
    const r = buildReport(
      testInput([
        ...many(95, { experiences: { local_offer: 'agree', listened: 'agree' } }, 'a'),
        ...many(5, { experiences: { local_offer: 'disagree', listened: 'does_not_apply' } }, 'd'),
      ]),
      { k: K },
    );
    const rows = question(r, 'experiences').rows ?? [];
    // 95 of 100 agree: the 5 who do not would be worked out as n - count.
    expect(rows[0]?.agreement).toEqual({ suppressed: true });
    // "Does not apply" is left out of n, and 0 disagreeing describes nobody.
    expect(rows[1]?.agreement).toEqual({ percent: 100, count: 95, n: 95, ci: [96.1, 100] });
  });

  it('hides a single question’s agreement when n would reveal a small "don’t know"', () => {
    const base = [
      ...many(40, { confidence: 'agree' }, 'a'),
      ...many(30, { confidence: 'strongly_agree' }, 's'),
      ...many(50, { confidence: 'disagree' }, 'd'),
    ];
    const clean = question(buildReport(testInput(base), { k: K }), 'confidence');
    expect(clean.agreement).toEqual({ percent: 58.3, count: 70, n: 120, ci: [49.4, 66.8] });
    const withDontKnow = [...base, ...many(4, { confidence: 'dont_know' }, 'k')];
    const q = question(buildReport(testInput(withDontKnow), { k: K }), 'confidence');
    // answered (124) - n (120) would be the 4 who don't know.
    expect(q.agreement).toEqual({ suppressed: true });
    const { hiddenCount, remainder } = hiddenRemainder(q.answered ?? 0, q.options ?? []);
    expect(hiddenCount).toBeGreaterThanOrEqual(2);
    expect(remainder).toBeGreaterThanOrEqual(K);
    expect(q.narrative).toContain('Some figures are not shown');
    expect(q.narrative).not.toMatch(/\b4\b/);
  });
});

describe('the whole scale of an agree/disagree row', () => {
  it('never lets a small answer be worked out from the scale, its total or the agreement', () => {
    const responses = [
      ...many(40, { experiences: { local_offer: 'agree', listened: 'agree' } }, 'a'),
      ...many(30, { experiences: { local_offer: 'disagree', listened: 'disagree' } }, 'd'),
      ...many(3, { experiences: { local_offer: 'neither', listened: 'does_not_apply' } }, 'n'),
      ...many(12, { experiences: { local_offer: 'strongly_disagree' } }, 's'),
    ];
    const rows = question(buildReport(testInput(responses), { k: K }), 'experiences').rows ?? [];
    for (const row of rows) {
      if (!row.options) continue;
      const { hiddenCount, remainder } = hiddenRemainder(row.answered ?? 0, row.options);
      if (hiddenCount > 0) {
        expect(hiddenCount, row.name).toBeGreaterThanOrEqual(2);
        expect(remainder, row.name).toBeGreaterThanOrEqual(K);
      }
      for (const o of row.options)
        if ('count' in o) expect(o.count === 0 || o.count >= K).toBe(true);
    }
    // "listened": 3 "does not apply" would be answered - n beside its agreement: no scale at all.
    const listened = rows.find((r) => r.name === 'listened');
    expect(listened?.agreement).toMatchObject({ count: 40, n: 70 });
    expect(listened?.options).toBeUndefined();
    expect(listened?.answered).toBeUndefined();
  });
});

describe('ticked options and themes', () => {
  it('hides an option ticked by fewer than k, or by all but fewer than k', () => {
    const r = buildReport(
      testInput([
        ...many(95, { services: ['salt'] }, 'a'),
        ...many(5, { services: ['camhs', 'salt'] }, 'b'),
      ]),
      { k: K },
    );
    const services = question(r, 'services').options ?? [];
    expect(services.map((o) => 'suppressed' in o)).toEqual([false, true, false]);
    expect(services[0]).toMatchObject({ count: 100, percent: 100 });
  });

  it('hides small themes, drops their quotes and lists them last', () => {
    const responses = many(30, { working_well: 'text', quote_consent: 'yes' }, 'r');
    const freeText = new Map(
      responses.map((r, i) => [
        r.id,
        new Map([
          [
            'working_well',
            analysis(i < 3 ? ['communication', 'delays'] : ['delays'], `Quote ${i}`),
          ],
        ]),
      ]),
    );
    const r = buildReport(testInput(responses, { freeText, quoteMode: 'internal' }), { k: K });
    const themes = question(r, 'working_well').themes ?? [];
    expect(themes[0]).toMatchObject({ id: 'delays', count: 30, percent: 100 });
    expect(themes.at(-1)).toEqual({
      id: 'communication',
      label: 'Communication',
      suppressed: true,
    });
    expect(JSON.stringify(themes.at(-1))).not.toContain('quotes');
  });
});
