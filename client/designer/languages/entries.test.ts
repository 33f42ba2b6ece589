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
      ['Section "more"', 'Section title', 'More'],
      ['Question "why"', 'Question title', 'why'],
    ]);
  });

  it('reads questions listed under the older "questions" key, at the top and in pages', () => {
    const older = {
      questions: [{ type: 'text', name: 'first', title: 'First' }],
      pages: [{ name: 'p', questions: [{ type: 'comment', name: 'second', title: 'Second' }] }],
    };
    const entries = entriesOf(older);
    expect(entries.map((e) => e.original)).toEqual(['Second', 'First']);
    const second = entries[0];
    if (!second) throw new Error('entry missing');
    const written = writeEntry(older, second, 'cy', 'Ail');
    expect(written.pages).toEqual([
      {
        name: 'p',
        questions: [{ type: 'comment', name: 'second', title: { default: 'Second', cy: 'Ail' } }],
      },
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

describe('everything else a parent reads', () => {
  const wide = {
    title: { default: 'Old title', cy: 'Hen deitl' },
    completeText: 'Send my answers',
    pages: [
      {
        name: 'one',
        elements: [
          { type: 'html', name: 'intro', html: '<p>Hello</p>' },
          { type: 'boolean', name: 'ok', title: 'All right?', labelTrue: 'Yes' },
          {
            type: 'rating',
            name: 'score',
            title: 'Score',
            minRateDescription: 'Poor',
            maxRateDescription: 'Good',
          },
          {
            type: 'checkbox',
            name: 'used',
            title: 'Used',
            choices: ['A'],
            showOtherItem: true,
            otherPlaceHolder: 'Say which',
            showNoneItem: true,
            noneText: 'Nothing',
            showSelectAllItem: true,
          },
          { type: 'dropdown', name: 'area', title: 'Area', choices: ['North'] },
        ],
      },
      { name: 'two', elements: [{ type: 'comment', name: 'why', title: 'Why?' }] },
    ],
  };
  const rows = entriesOf(wide, 'Short breaks').map((e) => [e.group, e.part, e.original]);

  it('lists the title, the buttons, text blocks, yes and no, scale ends and extra options', () => {
    expect(rows).toEqual([
      ['The whole questionnaire', 'Title', 'Short breaks'],
      ['The whole questionnaire', 'Send button', 'Send my answers'],
      ['Text block "intro"', 'Text block (HTML)', '<p>Hello</p>'],
      ['Question "ok"', 'Question title', 'All right?'],
      ['Question "ok"', 'Wording of "yes"', 'Yes'],
      ['Question "ok"', 'Wording of "no"', 'No'],
      ['Question "score"', 'Question title', 'Score'],
      ['Question "score"', 'Words for the lowest score', 'Poor'],
      ['Question "score"', 'Words for the highest score', 'Good'],
      ['Question "used"', 'Question title', 'Used'],
      ['Question "used"', '"Other" option', 'Other (describe)'],
      ['Question "used"', 'Text in the empty "Other" box', 'Say which'],
      ['Question "used"', '"None" option', 'Nothing'],
      ['Question "used"', '"Select all" option', 'Select All'],
      ['Question "used"', 'Choice', 'A'],
      ['Question "area"', 'Question title', 'Area'],
      ['Question "area"', 'Text in the empty list', 'Select...'],
      ['Question "area"', 'Choice', 'North'],
      ['Question "why"', 'Question title', 'Why?'],
    ]);
  });

  it('keeps the title’s other languages and the older spelling of a key', () => {
    const entries = entriesOf(wide, 'Short breaks');
    const [title] = entries;
    const placeholder = entries.find((e) => e.key === 'otherPlaceHolder');
    const no = entries.find((e) => e.key === 'labelFalse');
    if (!title || !placeholder || !no) throw new Error('entries missing');
    expect(readEntry(wide, title, 'cy')).toBe('Hen deitl');
    const arabic = writeEntry(wide, title, 'ar', 'فترات الراحة');
    expect(arabic.title).toEqual({ default: 'Old title', cy: 'Hen deitl', ar: 'فترات الراحة' });
    const other = writeEntry(wide, placeholder, 'cy', 'Dywedwch pa un');
    expect(readEntry(other, placeholder, 'cy')).toBe('Dywedwch pa un');
    // survey-core's own "No" becomes the default wording once translated, and clearing it again
    // leaves nothing behind.
    const welshNo = writeEntry(wide, no, 'cy', 'Na');
    const question = (welshNo.pages as { elements: Record<string, unknown>[] }[])[0]?.elements[1];
    expect(question?.labelFalse).toEqual({ default: 'No', cy: 'Na' });
    expect(writeEntry(wide, no, 'cy', '')).toEqual(wide);
    expect(writeEntry({ pages: [] }, { ...title }, 'cy', '')).toEqual({ pages: [] });
  });
});
