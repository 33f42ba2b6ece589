// The figures the document adds in words (plain-word bands, whole scales, trends) say nothing a
// hidden figure would: a side of a scale is summed only when every option on it is shown.
import { describe, expect, it } from 'vitest';
import type { OptionFigure, QuestionFigure, Report } from '../report-types.ts';
import { buildDocument } from './build-document.ts';
import { band } from './plain-words.ts';
import { scaleSentence } from './scale-words.ts';
import { trendSentence } from './trend-words.ts';

const shown = (value: string, label: string, count: number, n: number): OptionFigure => ({
  value,
  label,
  count,
  percent: Math.round((count / n) * 1000) / 10,
  ci: [0, 100],
});
const hidden = (value: string, label: string): OptionFigure => ({ value, label, suppressed: true });

describe('figures in words', () => {
  it('puts plain words beside a percentage', () => {
    expect(band(50)).toBe('about half');
    expect(band(15)).toBe('fewer than one in five');
    expect(band(34)).toBe('about one in three');
  });

  it('gives the whole scale with its base, and never sums a side with a hidden option', () => {
    const scale = [
      shown('strongly_agree', 'Strongly agree', 60, 200),
      shown('agree', 'Agree', 40, 200),
      shown('neither', 'Neither agree nor disagree', 10, 200),
      shown('disagree', 'Disagree', 90, 200),
    ];
    expect(scaleSentence(scale, 200, 'about “X”')).toBe(
      'Of the 200 who answered about “X”, 50% (about half) agreed, 5% (fewer than one in ten) neither agreed nor disagreed and 45% (just under half) disagreed.',
    );
    const withHidden = [hidden('strongly_agree', 'Strongly agree'), ...scale.slice(1)];
    const words = scaleSentence(withHidden, 200, 'about “X”') ?? '';
    expect(words).not.toMatch(/agreed,/);
    expect(words).toContain('20% chose “Agree”');
    expect(words).not.toContain('Strongly agree');
  });

  it('says a trend’s direction and size, and only compares shown figures', () => {
    const points = [
      { survey: 'a', title: 'March 2025', percent: 30, n: 100, significant: false },
      { survey: 'b', title: 'March 2026', percent: 60, n: 100, p: 0.001, significant: true },
    ];
    expect(trendSentence(points, 'Staff')).toBe(
      'Staff: 60% of the 100 who gave a view agreed, up 30 percentage points from 30% of 100 in “March 2025” (a significant change).',
    );
    const withHidden = [
      { survey: 'a', title: 'March 2025', suppressed: true as const, significant: false },
      points[1] as (typeof points)[1],
    ];
    expect(trendSentence(withHidden, 'Staff')).not.toMatch(/\d+%/);
  });

  it('gives no hidden figure a number anywhere in the document, chart text included', () => {
    const q: QuestionFigure = {
      name: 'setting',
      title: 'Setting',
      type: 'radiogroup',
      answered: 100,
      options: [shown('a', 'Primary', 80, 100), hidden('b', 'Special'), hidden('c', 'Home')],
      narrative: '',
    };
    const report: Report = {
      survey: { slug: 's', title: 'S' },
      responses: 100,
      k: 10,
      timelineUnit: 'week',
      timeline: [],
      questions: [q],
    };
    const doc = buildDocument(report, { organisation: 'C', pages: [], actions: [] });
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/(Special|Home)[^.]*?\d+%/);
    expect(text).toContain('Special: not shown');
    expect(text).toContain(
      'Not shown, as fewer than 10 people or a number that would reveal one: “Special” and “Home”.',
    );
  });

  it('lists every statement in the grid table, a statement whose scale is withheld as not shown', () => {
    const grid: QuestionFigure = {
      name: 'views',
      title: 'Views',
      type: 'matrix',
      answered: 200,
      rows: [
        {
          name: 'listened',
          title: 'I was listened to',
          agreement: { count: 100, n: 200, percent: 50, ci: [43, 57] },
          answered: 200,
          options: [shown('agree', 'Agree', 100, 200), shown('disagree', 'Disagree', 100, 200)],
        },
        {
          name: 'informed',
          title: 'I was kept informed',
          agreement: { count: 140, n: 200, percent: 70, ci: [63, 76] },
        },
      ],
      narrative: '',
    };
    const report: Report = {
      survey: { slug: 's', title: 'S' },
      responses: 200,
      k: 10,
      timelineUnit: 'week',
      timeline: [],
      questions: [grid],
    };
    const doc = buildDocument(report, { organisation: 'C', pages: [], actions: [] });
    const table = doc.blocks.find((b) => b.type === 'table' && b.caption.includes('every answer'));
    expect(table?.type === 'table' && table.rows).toEqual([
      ['I was listened to', '50%', '50%', '200'],
      ['I was kept informed', 'not shown', 'not shown', 'not shown'],
    ]);
  });
  it('gives a statement one agreement figure, out of those who gave a view, wherever it appears', () => {
    const n = 200;
    const grid: QuestionFigure = {
      name: 'views',
      title: 'Views',
      type: 'matrix',
      answered: n,
      rows: [
        {
          name: 'listened',
          title: 'I was listened to',
          agreement: { count: 100, n: 160, percent: 62.5, ci: [55, 70] },
          answered: n,
          options: [
            shown('strongly_agree', 'Strongly agree', 60, n),
            shown('agree', 'Agree', 40, n),
            shown('neither', 'Neither agree nor disagree', 20, n),
            shown('disagree', 'Disagree', 40, n),
            shown('na', 'Does not apply to us', 40, n),
          ],
        },
      ],
      narrative: '',
    };
    const report: Report = {
      survey: { slug: 's', title: 'S' },
      responses: n,
      k: 10,
      timelineUnit: 'week',
      timeline: [],
      questions: [grid],
    };
    const doc = buildDocument(report, { organisation: 'C', pages: [], actions: [] });
    const text = JSON.stringify(doc);
    const agreed = [
      ...text.matchAll(/(\d+)% (?:\([a-z ]+\) )?(?:of the \d+ who gave a view )?agreed/g),
    ];
    expect(agreed.length).toBeGreaterThan(1);
    expect(new Set(agreed.map((m) => m[1]))).toEqual(new Set(['63']));
    expect(text).toContain(
      'Of the 200 who answered about “I was listened to”, 20% chose “Does not apply to us”; of the 160 who gave a view, 63% (about three in five) agreed, 13% (fewer than one in five) neither agreed nor disagreed and 25% (about one in four) disagreed.',
    );
    expect(text).toContain('who gave a view agreed that “I was listened to”');
  });
});
