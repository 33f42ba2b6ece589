// A draft against what came before it: the previous survey of its series (warnings that trends
// break) and earlier versions of the same survey (questions and values answers were given under).
import { describe, expect, it } from 'vitest';
import { seriesChanges } from './series-changes.ts';
import { breakingChanges, removedValues } from './version-changes.ts';

const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements }] });
const likert = (rows: unknown[], columns: unknown[] = ['agree', 'disagree']) => ({
  type: 'matrix',
  name: 'confidence',
  title: 'How far do you agree?',
  rows,
  columns,
});
const series = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  seriesChanges({ slug: 'wave-1', json: before }, after);

describe('changes since the previous survey of the series', () => {
  it('name statements added, removed and reworded', () => {
    const before = page(
      likert([
        { value: 'heard', text: 'I feel heard' },
        { value: 'informed', text: 'I am kept informed' },
      ]),
    );
    const after = page(
      likert([
        { value: 'heard', text: 'I feel listened to' },
        { value: 'trust', text: 'I trust the service' },
      ]),
    );
    const [issue, ...others] = series(before, after);
    expect(others).toEqual([]);
    expect(issue).toMatchObject({
      code: 'series_rows_changed',
      severity: 'warning',
      question: 'confidence',
    });
    expect(issue?.message).toContain('added "I trust the service"');
    expect(issue?.message).toContain('removed "I am kept informed"');
    expect(issue?.message).toContain('reworded "I feel heard" to "I feel listened to"');
  });

  it('flag a changed scale: matrix columns, rating range and choices', () => {
    const before = page(
      likert(['a']),
      { type: 'rating', name: 'score', title: 'Score' },
      { type: 'radiogroup', name: 'pick', title: 'Pick', choices: ['Bus', 'Car'] },
      { type: 'radiogroup', name: 'same', title: 'Same', choices: ['Bus', 'Car'] },
    );
    const after = page(
      likert(['a'], ['agree', 'neither', 'disagree']),
      { type: 'rating', name: 'score', title: 'Score', rateMax: 10 },
      { type: 'radiogroup', name: 'pick', title: 'Pick', choices: ['Bus', 'Taxi'] },
      { type: 'radiogroup', name: 'same', title: 'Same', choices: ['Bus', 'Car'] },
    );
    const found = series(before, after);
    expect(found.map((i) => [i.code, i.question])).toEqual([
      ['series_scale_changed', 'confidence'],
      ['series_scale_changed', 'score'],
      ['series_scale_changed', 'pick'],
    ]);
    expect(found[1]?.message).toContain('they were 1 / 2 / 3 / 4 / 5; now 1 / 2');
    expect(found[2]?.message).toContain('Bus / Taxi');
  });
});

describe('changes since earlier versions of the same survey', () => {
  const kids = (inner: unknown[]) =>
    page({
      type: 'panel',
      name: 'about',
      elements: [
        { type: 'text', name: 'town', title: 'Town' },
        { type: 'paneldynamic', name: 'children', title: 'Children', templateElements: inner },
      ],
    });
  const age = { type: 'text', name: 'age', title: 'Age' };
  const school = { type: 'radiogroup', name: 'school', title: 'School', choices: ['a', 'b'] };

  it('refuse dropping or retyping a question inside a panel or a dynamic panel', () => {
    const v1 = kids([age, school]);
    const draft = page({
      type: 'panel',
      name: 'about',
      elements: [
        { type: 'comment', name: 'town', title: 'Town' },
        {
          type: 'paneldynamic',
          name: 'children',
          title: 'Children',
          templateElements: [school],
        },
      ],
    });
    expect(breakingChanges([{ version: 1, json: v1 }], draft)).toEqual([
      { question: 'town', version: 1, change: 'retyped', was: 'text', now: 'comment' },
      { question: 'age', within: 'children', version: 1, change: 'dropped', was: 'text' },
    ]);
    expect(breakingChanges([{ version: 1, json: v1 }], kids([school, age]))).toEqual([]);
  });

  it('warn when an option value answers were given with is gone', () => {
    const v1 = kids([age, school]);
    const renamed = kids([age, { ...school, choices: ['a', { value: 'b2', text: 'b' }] }]);
    const found = removedValues([{ version: 1, json: v1 }], renamed);
    expect(found.map((i) => [i.code, i.severity, i.question])).toEqual([
      ['published_value_removed', 'warning', 'school'],
    ]);
    expect(found[0]?.message).toContain('put the stored value "b" back');
    expect(removedValues([{ version: 1, json: v1 }], v1)).toEqual([]);
  });
});
