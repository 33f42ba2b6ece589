import { describe, expect, it } from 'vitest';
import { newQuestion } from './question-kinds.ts';
import {
  addQuestion,
  allNames,
  deleteQuestion,
  duplicatePage,
  duplicateQuestion,
  moveQuestion,
  pagesOf,
  toName,
  uniqueName,
} from './survey-json.ts';

const survey = () => ({
  title: 'kept',
  pages: [
    { name: 'p1', elements: [newQuestion('boolean', 'a'), newQuestion('text', 'b')] },
    { name: 'p2', elements: [{ ...newQuestion('comment', 'c'), visibleIf: '{a} = true' }] },
  ],
});
const names = (json: Record<string, unknown>) =>
  pagesOf(json).map((p) => p.elements.map((e) => e.name));

describe('editing a definition', () => {
  it('makes snake_case names from wording, unique among the others', () => {
    expect(toName('How old is your child?')).toBe('how_old_is_your_child');
    expect(toName('2 things that would help')).toBe('question_2_things_that_would_help');
    expect(toName('¿?')).toBe('question');
    expect(toName('What would make the biggest difference to your family this year')).toBe(
      'what_would_make_the_biggest_difference',
    );
    expect(uniqueName('a', new Set(['a', 'a_2']))).toBe('a_3');
  });

  it('moves a question within a page and across page boundaries', () => {
    expect(names(moveQuestion(survey(), { page: 0, index: 0 }, 1))).toEqual([['b', 'a'], ['c']]);
    expect(names(moveQuestion(survey(), { page: 0, index: 1 }, 1))).toEqual([['a'], ['b', 'c']]);
    expect(names(moveQuestion(survey(), { page: 1, index: 0 }, -1))).toEqual([['a', 'b', 'c'], []]);
    expect(names(moveQuestion(survey(), { page: 0, index: 0 }, -1))).toEqual([['a', 'b'], ['c']]);
  });

  it('duplicates with fresh names and deletes, keeping other properties', () => {
    const copied = duplicateQuestion(survey(), { page: 0, index: 0 });
    expect(names(copied)).toEqual([['a', 'a_copy', 'b'], ['c']]);
    expect(copied.title).toBe('kept');
    expect(names(duplicatePage(survey(), 0))).toEqual([['a', 'b'], ['a_copy', 'b_copy'], ['c']]);
    expect(names(deleteQuestion(survey(), { page: 0, index: 1 }))).toEqual([['a'], ['c']]);
  });

  it('turns top-level elements into a page when a question is added', () => {
    const json = addQuestion({ elements: [newQuestion('text', 'x')] }, 0, newQuestion('text', 'y'));
    expect(json.elements).toBeUndefined();
    expect(names(json)).toEqual([['x', 'y']]);
    expect([...allNames(json)]).toEqual(['x', 'y']);
  });
});
