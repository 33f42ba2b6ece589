import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import type { ReportVersion } from './input-types.ts';
import { many, testInput, testVersion } from './report-fixtures.ts';
import type { QuestionFigure, Report } from './report-types.ts';

const question = (report: Report, name: string) =>
  report.questions.find((q) => q.name === name) as QuestionFigure;

describe('narrative drafts', () => {
  it('names the top options with whole percentages and thousands separators', () => {
    const r = buildReport(
      testInput([
        ...many(700, { setting: 'primary' }, 'p'),
        ...many(400, { setting: 'secondary' }, 's'),
        ...many(100, { setting: 'special' }, 'x'),
      ]),
      { k: 10 },
    );
    expect(question(r, 'setting').narrative).toBe(
      'This question was answered 1,200 times. 58% chose “Primary school”, 33% “Secondary school” ' +
        'and 8% “Special school”.',
    );
  });

  it('states agreement as "agree or strongly agree" with n, per matrix statement', () => {
    const r = buildReport(
      testInput([
        ...many(60, { experiences: { local_offer: 'agree', listened: 'disagree' } }, 'a'),
        ...many(40, { experiences: { local_offer: 'disagree', listened: 'strongly_agree' } }, 'd'),
      ]),
      { k: 10 },
    );
    expect(question(r, 'experiences').narrative).toBe(
      'This question was answered 100 times. 60% agree or strongly agree that “The Local Offer is ' +
        'helpful” (n = 100). 40% agree or strongly agree that “I feel listened to” (n = 100).',
    );
  });

  it('never gives a hidden number, saying "fewer than k" instead', () => {
    const r = buildReport(testInput(many(4, { setting: 'primary', rating: 2 }, 'p')), { k: 10 });
    expect(question(r, 'setting').narrative).toBe('Fewer than 10 people answered this question.');
    expect(JSON.stringify(r.questions.map((q) => q.narrative))).not.toMatch(/\b4\b/);
  });

  it('describes a matrix without agree-like columns by each row’s most common answer', () => {
    const json = {
      elements: [
        {
          type: 'matrix',
          name: 'frequency',
          title: 'How often?',
          columns: ['never', 'sometimes', 'often'],
          rows: [{ value: 'calls', text: 'Calls returned' }],
        },
      ],
    };
    const version: ReportVersion = { ...testVersion, json };
    const r = buildReport(
      testInput(
        [
          ...many(30, { frequency: { calls: 'never' } }, 'n'),
          ...many(12, { frequency: { calls: 'often' } }, 'o'),
        ],
        { versions: [version] },
      ),
      { k: 10 },
    );
    const q = question(r, 'frequency');
    expect(q.rows?.[0]).toMatchObject({ name: 'calls', answered: 42 });
    expect(q.rows?.[0]?.options?.map((o) => ('count' in o ? o.count : 'hidden'))).toEqual([
      30, 0, 12,
    ]);
    expect(q.narrative).toBe(
      'This question was answered 42 times. For “Calls returned”, 71% chose “never” and 29% “often”.',
    );
  });
});
