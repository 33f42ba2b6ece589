import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { InvalidParameterError } from './errors.ts';
import type { ReportVersion } from './input-types.ts';
import { many, testInput, testSurveyJson, testVersion } from './report-fixtures.ts';
import type { QuestionFigure, Report } from './report-types.ts';

const question = (report: Report, name: string) =>
  report.questions.find((q) => q.name === name) as QuestionFigure;

const choices = [
  ...many(6, { setting: 'primary', services: ['salt', 'camhs'], rating: 3, has_plan: true }, 'a'),
  ...many(3, { setting: 'secondary', services: ['salt'], rating: 1, has_plan: false }, 'b'),
  ...many(1, { setting: 'other', 'setting-Comment': 'A farm', services: ['none'] }, 'c'),
];

describe('choice questions (k = 1, nothing hidden)', () => {
  const report = buildReport(testInput(choices), { k: 1 });

  it('counts a single choice as a share of those who answered, other with its label', () => {
    expect(report.responses).toBe(10);
    const setting = question(report, 'setting');
    expect(setting.answered).toBe(10);
    expect(setting.options).toEqual([
      { value: 'primary', label: 'Primary school', count: 6, percent: 60, ci: [31.3, 83.2] },
      { value: 'secondary', label: 'Secondary school', count: 3, percent: 30, ci: [10.8, 60.3] },
      { value: 'special', label: 'Special school', count: 0, percent: 0, ci: [0, 27.8] },
      { value: 'other', label: 'Somewhere else', count: 1, percent: 10, ci: [1.8, 40.4] },
    ]);
  });

  it('counts ticked options as shares of respondents, which may add up to more than 100', () => {
    const services = question(report, 'services');
    expect(services.answered).toBe(10);
    const shares = services.options?.map((o) => ('percent' in o ? o.percent : -1));
    expect(shares).toEqual([90, 60, 10]);
    expect(services.narrative).toContain('People could tick more than one.');
  });

  it('reads rating values and boolean labels from survey-core', () => {
    const rating = question(report, 'rating');
    expect(rating.options?.map((o) => [o.value, 'count' in o ? o.count : -1])).toEqual([
      [1, 3],
      [2, 0],
      [3, 6],
    ]);
    const plan = question(report, 'has_plan');
    expect(plan.options?.map((o) => [o.value, o.label, 'count' in o && o.count])).toEqual([
      [true, 'Yes', 6],
      [false, 'No', 3],
    ]);
  });

  it('counts the first choice of a ranking, and values it does not know as other', () => {
    const input = testInput([
      ...many(2, { priorities: ['quality', 'speed'] }, 'r'),
      ...many(1, { priorities: ['speed', 'quality'], setting: 'a parent’s own words' }, 's'),
    ]);
    const r = buildReport(input, { k: 1 });
    const counts = (name: string) =>
      question(r, name).options?.map((o) => [o.value, 'count' in o ? o.count : -1]);
    expect(counts('priorities')).toEqual([
      ['speed', 1],
      ['quality', 2],
    ]);
    // Never published as a label of its own.
    expect(counts('setting')).toContainEqual(['other', 1]);
    expect(JSON.stringify(r)).not.toContain('own words');
    expect(JSON.stringify(buildReport(testInput(choices), { k: 1 }))).not.toContain('A farm');
  });
});

describe('agree/disagree', () => {
  const responses = [
    ...many(30, { experiences: { local_offer: 'strongly_agree', listened: 'agree' } }, 'a'),
    ...many(20, { experiences: { local_offer: 'disagree', listened: 'does_not_apply' } }, 'b'),
    ...many(10, { experiences: { local_offer: 'does_not_apply' }, confidence: 'agree' }, 'c'),
    ...many(15, { confidence: 'disagree' }, 'd'),
    ...many(5, { confidence: 'strongly_agree' }, 'e'),
  ];
  const report = buildReport(testInput(responses), { k: 1 });

  it('gives each matrix row the share agreeing, leaving "does not apply" out of n', () => {
    const rows = question(report, 'experiences').rows;
    expect(rows?.[0]).toMatchObject({
      name: 'local_offer',
      title: 'The Local Offer is helpful',
      agreement: { percent: 60, count: 30, n: 50, ci: [46.2, 72.4] },
      // The whole scale, "does not apply" included, out of the 60 who answered the row.
      answered: 60,
    });
    const scale = rows?.[0]?.options?.map((o) => ['count' in o ? o.count : -1, o.value]);
    expect(scale).toContainEqual([30, 'strongly_agree']);
    expect(scale).toContainEqual([20, 'disagree']);
    expect(scale).toContainEqual([10, 'does_not_apply']);
    expect(rows?.[1]?.agreement).toEqual({ percent: 100, count: 30, n: 30, ci: [88.6, 100] });
    expect(question(report, 'experiences').answered).toBe(60);
  });

  it('uses positiveOptions for a single agree/disagree question, with its options too', () => {
    const confidence = question(report, 'confidence');
    expect(confidence.agreement).toEqual({ percent: 50, count: 15, n: 30, ci: [33.2, 66.8] });
    expect(confidence.options).toHaveLength(4);
    expect(confidence.narrative).toContain('50% agree or strongly agree (n = 30).');
  });

  it('defaults a matrix to its "strongly agree" and "agree" columns when none are listed', () => {
    const listed: ReportVersion = {
      ...testVersion,
      settings: { ...testVersion.settings, positiveOptions: { experiences: ['disagree'] } },
    };
    const r = buildReport(testInput(responses, { versions: [listed] }), { k: 1 });
    const row = question(r, 'experiences').rows?.[0]?.agreement;
    expect(row && 'count' in row && row.count).toBe(20);
    expect(question(r, 'confidence').agreement).toBeUndefined();
  });
});

describe('versions', () => {
  const v2: ReportVersion = {
    ...testVersion,
    id: 'v2',
    version: 2,
    json: {
      pages: [
        {
          name: 'p1',
          elements: [
            ...(testSurveyJson.pages[0]?.elements ?? []),
            { type: 'radiogroup', name: 'new_question', title: 'New?', choices: ['x', 'y'] },
          ],
        },
      ],
    },
  };
  const responses = [
    ...many(3, { setting: 'primary' }, 'old'),
    ...many(2, { setting: 'secondary', new_question: 'x' }, 'new').map((r) => ({
      ...r,
      versionId: 'v2',
    })),
  ];

  it('matches questions by name across versions; a later version may add questions', () => {
    const r = buildReport(testInput(responses, { versions: [testVersion, v2] }), { k: 1 });
    expect(question(r, 'setting').answered).toBe(5);
    expect(question(r, 'new_question').answered).toBe(2);
  });

  it('reports one version alone when asked, and refuses a version that does not exist', () => {
    const input = testInput(responses, { versions: [testVersion, v2] });
    const r = buildReport(input, { k: 1, version: 1 });
    expect(r.responses).toBe(3);
    expect(r.questions.some((q) => q.name === 'new_question')).toBe(false);
    expect(() => buildReport(input, { k: 1, version: 9 })).toThrow(InvalidParameterError);
  });
});

describe('report as a whole', () => {
  it('is empty but valid with no responses', () => {
    const r = buildReport(testInput([]), { k: 10 });
    expect(r.responses).toBe(0);
    expect(r.timeline).toEqual([]);
    const setting = question(r, 'setting');
    expect(setting.answered).toBe(0);
    expect(setting.options?.every((o) => 'suppressed' in o)).toBe(true);
    expect(setting.narrative).toBe('No one has answered this question yet.');
    expect(question(r, 'experiences').rows?.[0]?.agreement).toEqual({ suppressed: true });
  });

  it('is byte-identical for the same input, and has no time unless given one', () => {
    const input = testInput(choices);
    const a = JSON.stringify(buildReport(input, { k: 2, by: 'setting' }));
    const b = JSON.stringify(buildReport(input, { k: 2, by: 'setting' }));
    expect(a).toBe(b);
    expect(a).not.toContain('generatedAt');
    const now = new Date('2026-02-01T12:00:00Z');
    expect(buildReport(input, { k: 2, now }).generatedAt).toBe('2026-02-01T12:00:00.000Z');
  });

  it('refuses a breakdown by anything but a choice question, and a bad k', () => {
    const input = testInput(choices);
    for (const by of ['working_well', 'experiences', 'no_such_question']) {
      expect(() => buildReport(input, { k: 1, by })).toThrow(InvalidParameterError);
    }
    try {
      buildReport(input, { k: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).code).toBe('invalid_parameter');
      expect((error as InvalidParameterError).parameter).toBe('k');
    }
  });

  it('uses an officer’s narrative in place of the draft', () => {
    const r = buildReport(testInput(choices), {
      k: 1,
      narratives: { setting: { text: 'Edited.' } },
    });
    expect(question(r, 'setting').narrative).toBe('Edited.');
    expect(question(r, 'setting').narrativeEdit).toEqual({ stale: false });
    expect(question(r, 'services').narrative).toMatch(/^This question was answered 10 times\./);
    expect(question(r, 'services')).not.toHaveProperty('narrativeEdit');
  });

  it('flags an officer’s narrative written when a different number had answered', () => {
    const narratives = {
      setting: { text: 'Written for 8.', answeredWhenWritten: 8 },
      services: { text: 'Written for 10.', answeredWhenWritten: 10 },
      has_plan: { text: 'Written for 3.', answeredWhenWritten: 3 },
    };
    const r = buildReport(testInput(choices), { k: 5, narratives });
    expect(question(r, 'setting').narrativeEdit).toEqual({ answeredWhenWritten: 8, stale: true });
    expect(question(r, 'services').narrativeEdit).toEqual({
      answeredWhenWritten: 10,
      stale: false,
    });
    // 3 is below k: the officers' report does not give it either.
    expect(question(r, 'has_plan').narrativeEdit).toEqual({
      answeredWhenWritten: { suppressed: true },
      stale: true,
    });
    // A report of one version compares with the whole survey's count, given by the caller.
    const one = buildReport(testInput(choices), {
      k: 5,
      narratives: { setting: { ...narratives.setting, answeredNow: 8 } },
    });
    expect(question(one, 'setting').narrativeEdit).toEqual({
      answeredWhenWritten: 8,
      stale: false,
    });
  });

  it('counts a number, date or email question as answered, like any other answer', () => {
    const version: ReportVersion = {
      ...testVersion,
      json: {
        elements: [
          { type: 'text', name: 'age', title: 'Age', inputType: 'number' },
          { type: 'text', name: 'since', title: 'Since', inputType: 'date' },
        ],
      },
    };
    const r = buildReport(
      testInput(many(6, { age: 9, since: '2025-09-01' }, 'a'), { versions: [version] }),
      { k: 1 },
    );
    expect(question(r, 'age')).toMatchObject({ answered: 6 });
    expect(question(r, 'since')).toMatchObject({ answered: 6 });
  });

  it('leaves out layout elements such as html', () => {
    const r = buildReport(testInput(choices), { k: 1 });
    expect(r.questions.map((q) => q.name)).not.toContain('note');
  });
});
