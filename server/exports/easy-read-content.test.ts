// The easy-read wording: shares in words, nothing hidden ever turned into words, one sentence a line.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../analysis/report/report-types.ts';
import { easyReadContent, easyReadWording, inTen } from './easy-read-content.ts';

const report: Report = {
  survey: { slug: 's', title: 'Parent survey' },
  responses: 40,
  k: 10,
  timelineUnit: 'day',
  timeline: [],
  questions: [
    {
      name: 'who',
      title: 'Who is answering?',
      type: 'radiogroup',
      answered: 40,
      narrative: '',
      options: [
        { value: 'parent', label: 'Parent', count: 34, percent: 85, ci: [70, 93] },
        { value: 'carer', label: 'Carer', suppressed: true },
        { value: 'other', label: 'Someone else', suppressed: true },
      ],
    },
    {
      name: 'well',
      title: 'What is working well?',
      type: 'comment',
      answered: 30,
      narrative: '',
      themes: [
        { id: 'delays', label: 'Delays', count: 12, percent: 40, ci: [25, 57], quotes: ['Quick.'] },
        { id: 'transport', label: 'Transport', suppressed: true },
      ],
    },
    { name: 'note', title: 'Anything else?', type: 'comment', suppressed: true, narrative: '' },
  ],
  actions: [
    {
      title: 'Shorter waits',
      description: 'We will hire two more people. They start in May.',
      status: 'planned',
      themes: ['delays'],
      questions: ['well'],
    },
  ],
};

describe('the easy-read content', () => {
  it('puts shares in words', () => {
    expect([0.4, 4.9, 38.5, 96, 100].map(inTen)).toEqual([
      'Fewer than 1 in 10 people',
      'Fewer than 1 in 10 people',
      'About 4 in 10 people',
      'Almost everyone',
      'Everyone',
    ]);
  });

  it('never words a hidden figure, and keeps one idea a line', () => {
    const blocks = easyReadContent(report);
    const text = blocks.map((b) => b.text).join('\n');
    expect(text).toContain('About 9 in 10 people chose:\nParent.');
    expect(text).toContain('About 4 in 10 people talked about: Delays.');
    expect(text).toContain('Fewer than 10 people answered this question.');
    for (const hidden of ['Carer', 'Someone else', 'Transport']) expect(text).not.toContain(hidden);
    expect(blocks).toContainEqual({ kind: 'quote', text: 'Quick.' });
    expect(easyReadWording(blocks)).not.toContain('Quick.');
    expect(text).toContain(
      'We will hire two more people.\nThey start in May.\nWe plan to do this.',
    );
  });

  it('lists every other comment under its question once, none a theme already shows', () => {
    const [, well, note] = report.questions;
    if (!well || well.suppressed || !note) throw new Error('fixture changed');
    const others = ['Quick.', 'Bananas.', 'Bananas.', 'One.', 'Two.', 'Three.'];
    const blocks = easyReadContent({
      ...report,
      questions: [{ ...well, otherComments: others }, note],
    });
    const text = blocks.map((b) => (b.kind === 'quote' ? `“${b.text}”` : b.text)).join('\n');
    expect(text).toContain(
      'What is working well?\n30 people answered this question.\nAbout 4 in 10 people talked about: Delays.\n' +
        'Here is what some people said.\n“Quick.”\nOther comments:\n“Bananas.”\n“One.”\n“Two.”\n“Three.”\n',
    );
    expect(text.split('Quick.')).toHaveLength(2);
  });
  it('gives each question its main result and the whole picture, never a hidden side', () => {
    const o = (value: string, label: string, count: number) => ({
      value,
      label,
      count,
      percent: (count / 100) * 100,
      ci: [0, 100] as [number, number],
    });
    const blocks = easyReadContent({
      ...report,
      questions: [
        {
          name: 'plan',
          title: 'Does your child have a plan?',
          type: 'radiogroup',
          answered: 100,
          narrative: '',
          options: [o('yes', 'Yes', 30), o('no', 'No', 45), o('asked', 'We asked (for one)', 25)],
        },
        {
          name: 'views',
          title: 'How far do you agree?',
          type: 'matrix',
          answered: 100,
          narrative: '',
          rows: [
            {
              name: 'listened',
              title: 'I am listened to',
              agreement: { count: 20, n: 80, percent: 25, ci: [16, 36] },
              answered: 100,
              options: [
                o('agree', 'Agree', 20),
                o('neither', 'Neither agree nor disagree', 10),
                o('disagree', 'Disagree', 50),
                o('na', 'Does not apply', 20),
              ],
            },
            {
              name: 'informed',
              title: 'I am kept informed (by the council)',
              agreement: { count: 60, n: 90, percent: 66.7, ci: [56, 76] },
              answered: 100,
              options: [
                o('agree', 'Agree', 60),
                o('neither', 'Neither agree nor disagree', 22),
                { value: 'disagree', label: 'Disagree', suppressed: true },
                { value: 'na', label: 'Does not apply', suppressed: true },
              ],
            },
          ],
        },
      ],
    });
    const text = blocks.map((b) => b.text).join('\n');
    expect(text).toContain(
      'The answer chosen most was:\nNo.\nAbout 5 in 10 people chose:\nNo.\nAbout 3 in 10 people chose:\nYes.\nAbout 3 in 10 people chose:\nWe asked.',
    );
    expect(text).toContain(
      '“I am listened to”\nMost people disagreed.\nAbout 3 in 10 people agreed.\nAbout 1 in 10 people did not agree or disagree.\nAbout 6 in 10 people disagreed.',
    );
    // A side with a hidden answer is neither worded nor compared.
    expect(text).toContain(
      '“I am kept informed”\nMost people agreed.\nAbout 7 in 10 people agreed.\nAbout 2 in 10 people did not agree or disagree.\n',
    );
    expect(text.split('“I am kept informed”')[1]).not.toMatch(/disagreed/);
    for (const line of easyReadWording(blocks)) expect(line.split(' ').length).toBeLessThan(16);
  });
});
