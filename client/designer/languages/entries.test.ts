import { describe, expect, it } from 'vitest';
import { entriesOf, readEntry, writeEntry } from './entries.ts';

const json = {
  pages: [
    {
      name: 'one',
      title: 'Short breaks',
      elements: [
        {
          type: 'radiogroup',
          name: 'used',
          title: 'Has your child used a short break?',
          description: 'This year',
          choices: ['Yes', { value: 'no', text: 'No' }],
        },
        {
          type: 'matrix',
          name: 'grid',
          rows: [{ value: 'r1', text: 'Clubs' }],
          columns: [{ value: 1, text: 'Good' }],
        },
        {
          type: 'panel',
          name: 'more',
          title: 'More',
          elements: [{ type: 'comment', name: 'why' }],
        },
      ],
    },
  ],
};

describe('translatable entries', () => {
  it('lists page, question, choice, row and column wording in order', () => {
    expect(entriesOf(json).map((e) => [e.group, e.part, e.original])).toEqual([
      ['Page 1', 'Page title', 'Short breaks'],
      ['Question "used"', 'Question title', 'Has your child used a short break?'],
      ['Question "used"', 'Description', 'This year'],
      ['Question "used"', 'Choice', 'Yes'],
      ['Question "used"', 'Choice', 'No'],
      ['Question "grid"', 'Question title', 'grid'],
      ['Question "grid"', 'Row', 'Clubs'],
      ['Question "grid"', 'Column', 'Good'],
      ['Question "more"', 'Section title', 'More'],
      ['Question "why"', 'Question title', 'why'],
    ]);
  });

  it('writes a translation without changing names or values, and an empty one undoes it', () => {
    const entries = entriesOf(json);
    const title = entries[1];
    const bare = entries[3];
    if (!title || !bare) throw new Error('entries missing');
    const easy = writeEntry(json, title, 'en-easy', 'Did your child go to a short break?');
    const withChoice = writeEntry(easy, bare, 'en-easy', 'Yes');
    const question = (withChoice.pages as { elements: Record<string, unknown>[] }[])[0]
      ?.elements[0];
    expect(question).toMatchObject({
      name: 'used',
      title: {
        default: 'Has your child used a short break?',
        'en-easy': 'Did your child go to a short break?',
      },
      choices: [{ value: 'Yes', text: { default: 'Yes', 'en-easy': 'Yes' } }, { value: 'no' }],
    });
    expect(readEntry(withChoice, title, 'en-easy')).toBe('Did your child go to a short break?');
    expect(writeEntry(easy, title, 'en-easy', '')).toEqual(json);
  });
});
