import { describe, expect, it } from 'vitest';
import { designSettingsSchema } from '../designer-contracts.ts';
import { checkDefinition } from './import-checks.ts';
import { checkForPublish } from './publish-checks.ts';
import { seriesChanges } from './series-changes.ts';
import { breakingChanges } from './version-changes.ts';

const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements }] });
const settings = (input = {}) => designSettingsSchema.parse(input);
const errors = (json: Record<string, unknown>, input = {}, codebookExists = true) =>
  checkForPublish({ json, settings: settings(input), codebookExists })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => [i.code, i.question ?? null]);

describe('import checks', () => {
  it('keep names of dynamic panel templates apart from the survey’s own names', () => {
    const json = page(
      { type: 'text', name: 'name', title: 'Your name' },
      {
        type: 'paneldynamic',
        name: 'children',
        title: 'Children',
        templateElements: [{ type: 'text', name: 'name', title: 'Child name' }],
      },
    );
    expect(checkDefinition(json).problems).toEqual([]);
  });

  it('read legacy top-level questions and let display-only elements go unnamed', () => {
    const json = {
      questions: [
        { type: 'html', html: '<p>Hello</p>' },
        { type: 'text', name: 'a', title: 'A' },
        { type: 'text', name: 'A', title: 'A again' },
      ],
    };
    expect(checkDefinition(json).problems.map((p) => p.code)).toEqual(['duplicate_name']);
  });
});

describe('publish checks', () => {
  it('need at least one question', () => {
    expect(errors({ pages: [{ name: 'p1', elements: [] }] })).toEqual([['no_questions', null]]);
  });

  it('accept choices from another question or a numeric range instead of a list', () => {
    expect(
      errors(
        page(
          { type: 'checkbox', name: 'a', title: 'A', choices: ['x', 'y'] },
          { type: 'ranking', name: 'b', title: 'B', choicesFromQuestion: 'a' },
          { type: 'dropdown', name: 'c', title: 'C', choicesMin: 1, choicesMax: 10 },
        ),
      ),
    ).toEqual([]);
  });

  it('need rows and columns in an agree/disagree grid', () => {
    expect(
      errors(page({ type: 'matrix', name: 'm', title: 'M', rows: [], columns: ['a'] })),
    ).toEqual([['empty_choices', 'm']]);
  });

  it('check conditions on pages, panels and questions, case-insensitively, but not panel or row context', () => {
    const json = {
      pages: [
        { name: 'p1', elements: [{ type: 'boolean', name: 'Child', title: 'Child?' }] },
        {
          name: 'p2',
          visibleIf: '{child} = true',
          elements: [
            {
              type: 'paneldynamic',
              name: 'kids',
              title: 'Kids',
              templateElements: [
                { type: 'text', name: 'age', title: 'Age' },
                { type: 'text', name: 'school', title: 'School', visibleIf: '{panel.age} > 4' },
              ],
            },
            { type: 'text', name: 'x', title: 'X', enableIf: '{ghost} notempty' },
          ],
        },
      ],
    };
    expect(errors(json)).toEqual([['unknown_condition_question', 'x']]);
  });

  it('treat calculated values and trigger targets as names conditions may use', () => {
    const json = {
      ...page({ type: 'text', name: 'a', title: 'A', visibleIf: '{total} > 1 and {flag} = 1' }),
      calculatedValues: [{ name: 'total', expression: '1 + 1' }],
      triggers: [{ type: 'setvalue', expression: '{a} = 1', setToName: 'flag', setValue: 1 }],
    };
    expect(errors(json)).toEqual([]);
  });

  it('need a codebook that exists only when some question is themed', () => {
    const json = page({ type: 'comment', name: 'c', title: 'C' });
    expect(errors(json, {}, false)).toEqual([]);
    expect(errors(json, { themedQuestions: ['c'] }, false)).toEqual([['unknown_codebook', null]]);
  });

  it('refuse file and signature questions', () => {
    expect(errors(page({ type: 'file', name: 'f', title: 'F' }))).toEqual([
      ['forbidden_question', 'f'],
    ]);
  });
});

describe('comparing with what came before', () => {
  const before = page(
    { type: 'radiogroup', name: 'a', title: 'Question  A', choices: ['x'] },
    { type: 'comment', name: 'b', title: 'B' },
  );

  it('ignore whitespace in wording but report real rewording, removals and additions', () => {
    const after = page(
      { type: 'radiogroup', name: 'a', title: 'Question A', choices: ['x'] },
      { type: 'comment', name: 'c', title: 'B' },
    );
    expect(
      seriesChanges({ slug: 'w1', json: before }, after).map((i) => [i.code, i.question]),
    ).toEqual([
      ['series_question_missing', 'b'],
      ['series_question_new', 'c'],
    ]);
  });

  it('find dropped and retyped questions of any earlier version, naming the first version', () => {
    const v2 = page(
      { type: 'radiogroup', name: 'a', title: 'A', choices: ['x'] },
      { type: 'comment', name: 'b', title: 'B' },
      { type: 'text', name: 'later', title: 'Later' },
    );
    const draft = page(
      { type: 'dropdown', name: 'a', title: 'A', choices: ['x'] },
      { type: 'comment', name: 'b', title: 'B', visible: false },
    );
    expect(
      breakingChanges(
        [
          { version: 1, json: before },
          { version: 2, json: v2 },
        ],
        draft,
      ),
    ).toEqual([
      { question: 'a', version: 1, change: 'retyped', was: 'radiogroup', now: 'dropdown' },
      { question: 'later', version: 2, change: 'dropped', was: 'text' },
    ]);
  });
});
