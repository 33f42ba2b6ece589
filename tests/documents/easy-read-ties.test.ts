// The easy-read summary's main result never names one answer "chosen most" when another was
// chosen just as often (660 parents split 330 and 330 on being quoted).
import { describe, expect, it } from 'vitest';
import type { Report } from '../../analysis/report/report-types.ts';
import { easyReadContent, easyReadWording } from '../../server/exports/easy-read-content.ts';

const split = (yes: number, no: number): Report => ({
  survey: { slug: 's', title: 'Parent survey' },
  responses: yes + no,
  k: 10,
  timelineUnit: 'day',
  timeline: [],
  questions: [
    {
      name: 'quote_consent',
      title: 'May we quote your words?',
      type: 'radiogroup',
      answered: yes + no,
      narrative: '',
      options: [
        { value: 'yes', label: 'Yes', count: yes, percent: (100 * yes) / (yes + no), ci: [0, 0] },
        { value: 'no', label: 'No', count: no, percent: (100 * no) / (yes + no), ci: [0, 0] },
      ],
    },
  ],
  actions: [],
});

const text = (report: Report) =>
  easyReadContent(report)
    .map((b) => b.text)
    .join('\n');

describe('the easy-read main result', () => {
  it('says no single answer was chosen most when the top two tie', () => {
    const words = text(split(330, 330));
    expect(words).not.toContain('chosen most was');
    expect(words).toContain('No single answer was chosen most.');
    for (const line of easyReadWording(easyReadContent(split(330, 330))))
      expect(line.split(' ').length).toBeLessThan(16);
  });

  it('still names the answer chosen most when one leads', () => {
    expect(text(split(300, 200))).toContain('Most people chose:\nYes.');
  });
});
