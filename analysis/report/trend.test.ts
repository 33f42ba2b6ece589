import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { many, testInput } from './report-fixtures.ts';
import type { AgreementFigure, QuestionFigure, Report } from './report-types.ts';
import { compareWithEarlier } from './trend.ts';

function wave(slug: string, agree: number, n: number, row?: AgreementFigure): Report {
  const agreement: AgreementFigure = {
    percent: Math.round((agree / n) * 1000) / 10,
    count: agree,
    n,
    ci: [0, 100],
  };
  const confidence: QuestionFigure = {
    name: 'confidence',
    title: 'I am confident',
    type: 'radiogroup',
    answered: n,
    agreement,
    narrative: '',
  };
  const matrix: QuestionFigure = {
    name: 'experiences',
    title: 'Agree?',
    type: 'matrix',
    answered: n,
    rows: [{ name: 'listened', title: 'I feel listened to', agreement: row ?? agreement }],
    narrative: '',
  };
  return {
    survey: { slug, title: `Survey ${slug}` },
    responses: n,
    k: 10,
    timelineUnit: 'day',
    timeline: [],
    questions: [confidence, matrix],
  };
}

describe('compareWithEarlier', () => {
  it('tests each wave against the one before: 30% to 45% of 100 is significant (p = 0.0285)', () => {
    const current = compareWithEarlier(wave('q3', 45, 100), [
      wave('q1', 40, 100),
      wave('q2', 30, 100),
    ]);
    const trend = current.questions[0]?.trend ?? [];
    expect(trend.map((t) => [t.survey, t.percent, t.n, t.significant])).toEqual([
      ['q1', 40, 100, false],
      ['q2', 30, 100, false],
      ['q3', 45, 100, true],
    ]);
    expect(trend[0]?.p).toBeUndefined();
    expect(trend[1]?.p).toBe(0.1382); // scipy: 0.13820766
    expect(trend[2]?.p).toBe(0.02846);
    expect(Object.keys(current.questions[0] ?? {}).at(-1)).toBe('narrative');
  });

  it('matches matrix rows by name and says nothing next to a hidden figure', () => {
    const hidden = wave('q1', 40, 100, { suppressed: true });
    const current = compareWithEarlier(wave('q2', 252, 420), [hidden]);
    const trend = current.questions[1]?.rows?.[0]?.trend ?? [];
    expect(trend[0]).toEqual({
      survey: 'q1',
      title: 'Survey q1',
      suppressed: true,
      significant: false,
    });
    expect(trend[1]).toMatchObject({ percent: 60, n: 420, significant: false });
    expect(trend[1]?.p).toBeUndefined();
  });

  it('leaves questions no earlier survey asked without a trend', () => {
    const current = compareWithEarlier(wave('q2', 45, 100), []);
    expect(current.questions[0]?.trend).toBeUndefined();
  });

  it('works on built reports of two waves', () => {
    const build = (agree: number) =>
      buildReport(
        testInput([
          ...many(agree, { confidence: 'agree' }, 'a'),
          ...many(420 - agree, { confidence: 'disagree' }, 'd'),
        ]),
        { k: 10 },
      );
    const current = compareWithEarlier(build(252), [build(126)]);
    const trend = current.questions.find((q) => q.name === 'confidence')?.trend;
    expect(trend?.[1]).toMatchObject({ percent: 60, n: 420, ci: [55.2, 64.6], significant: true });
    expect(trend?.[1]?.p).toBeLessThan(1e-15);
  });
});
