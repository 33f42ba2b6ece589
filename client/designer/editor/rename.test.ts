import { describe, expect, it } from 'vitest';
import { designSettingsSchema } from '../../../server/designer-contracts.ts';
import { renameValue, renameVariable, tokenize } from './expression-references.ts';
import { forgetOption, pruneSettings, renameOption, renameQuestion } from './rename.ts';
import { deletePage, type Json, pagesOf } from './survey-json.ts';

const settings = (input = {}) => designSettingsSchema.parse(input);
const is = (q: string) => (variable: string) => variable.toLowerCase() === q;

describe('expressions', () => {
  it('split into comparisons at and, or, brackets and arguments, not inside lists', () => {
    const parts = (e: string) =>
      tokenize(e)
        .filter((t) => t.kind !== 'text')
        .map((t) => [t.text, t.part]);
    expect(parts("{a} = 'x' and ({b} anyof ['x', 'y'] or {c} = 'x')")).toEqual([
      ['{a}', 0],
      ["'x'", 0],
      ['{b}', 2],
      ["'x'", 2],
      ["'y'", 2],
      ['{c}', 3],
      ["'x'", 3],
    ]);
    expect(
      tokenize("iif({a} = 'x', 'y', 'z')")
        .map((t) => t.text)
        .join(''),
    ).toBe("iif({a} = 'x', 'y', 'z')");
  });

  it('rename an answer only where it is compared with that question', () => {
    const e = "{plan} = 'yes' and {other} = 'yes' or {plan} anyof [\"no\", 'YES']";
    expect(renameValue(e, is('plan'), 'yes', 'yes_we_do')).toBe(
      "{plan} = 'yes_we_do' and {other} = 'yes' or {plan} anyof [\"no\", 'yes_we_do']",
    );
    expect(renameValue("'yes' = {plan}", is('plan'), 'yes', "it's")).toBe("'it\\'s' = {plan}");
    expect(renameValue('{plan} notempty', is('plan'), 'yes', 'no')).toBe('{plan} notempty');
  });

  it('rename a variable with what follows it, and nothing that only starts the same', () => {
    expect(renameVariable('{a} = 1 and {a.row} = 2 and {ab} = 3 and {A[0]} = 4', 'a', 'b')).toBe(
      '{b} = 1 and {b.row} = 2 and {ab} = 3 and {b[0]} = 4',
    );
  });
});

const draft = (): { json: Json; settings: ReturnType<typeof settings> } => ({
  json: {
    pages: [
      {
        name: 'p1',
        elements: [
          { type: 'radiogroup', name: 'plan', choices: ['yes', 'no'] },
          {
            type: 'matrix',
            name: 'agree',
            rows: ['heard'],
            columns: ['agree', 'disagree'],
          },
        ],
      },
      {
        name: 'p2',
        elements: [
          {
            type: 'comment',
            name: 'why',
            visibleIf: "{plan} = 'yes' and {agree.heard} = 'agree'",
            enableIf: "{plan} anyof ['yes']",
          },
        ],
      },
    ],
  },
  settings: settings({
    themedQuestions: ['why'],
    unthemedQuestions: ['why'],
    positiveOptions: { agree: ['agree'], plan: ['yes'] },
    quoteConsentQuestion: 'plan',
  }),
});
const why = (json: Json) => pagesOf(json)[1]?.elements[0];

describe('renaming an option', () => {
  it('carries a choice into every condition and into agreement, in one edit', () => {
    const next = renameOption(draft(), 'plan', 'choices', 'yes', 'has_one');
    expect(why(next.json)?.visibleIf).toBe("{plan} = 'has_one' and {agree.heard} = 'agree'");
    expect(why(next.json)?.enableIf).toBe("{plan} anyof ['has_one']");
    expect(next.settings.positiveOptions).toEqual({ agree: ['agree'], plan: ['has_one'] });
  });

  it('carries a scale point and a statement of a matrix', () => {
    const column = renameOption(draft(), 'agree', 'columns', 'agree', 'agree_a_lot');
    expect(why(column.json)?.visibleIf).toBe("{plan} = 'yes' and {agree.heard} = 'agree_a_lot'");
    expect(column.settings.positiveOptions.agree).toEqual(['agree_a_lot']);
    const row = renameOption(draft(), 'agree', 'rows', 'heard', 'listened_to');
    expect(why(row.json)?.visibleIf).toBe("{plan} = 'yes' and {agree.listened_to} = 'agree'");
  });

  it('stops counting a removed option as agreement', () => {
    expect(forgetOption(draft().settings, 'agree', 'agree').positiveOptions).toEqual({
      plan: ['yes'],
    });
  });
});

describe('renaming and removing questions', () => {
  it('carries a new name into conditions and every setting', () => {
    const next = renameQuestion(
      draft().json,
      draft().settings,
      { page: 0, index: 0 },
      'plan',
      'has_plan',
    );
    expect(why(next.json)?.visibleIf).toBe("{has_plan} = 'yes' and {agree.heard} = 'agree'");
    expect(next.settings).toMatchObject({
      quoteConsentQuestion: 'has_plan',
      positiveOptions: { has_plan: ['yes'] },
    });
  });

  it('drops the settings of questions a deleted page took with it', () => {
    const { json, settings: before } = draft();
    const pruned = pruneSettings(deletePage(json, 1), before);
    expect(pruned.themedQuestions).toEqual([]);
    expect(pruned.unthemedQuestions).toEqual([]);
    expect(pruned.quoteConsentQuestion).toBe('plan');
    expect(pruneSettings(deletePage(json, 0), before)).toMatchObject({
      positiveOptions: {},
      themedQuestions: ['why'],
    });
    expect(pruneSettings(deletePage(json, 0), before).quoteConsentQuestion).toBeUndefined();
  });
});
