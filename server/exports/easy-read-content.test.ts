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
});
