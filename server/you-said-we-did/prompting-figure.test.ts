// Which figure prompted an action: a linked theme first, then agreement with a linked question;
// hidden figures are never used, and a later survey is read for the very same figure.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../analysis/report/report-types.ts';
import { promptingFigure, sameFigure } from './prompting-figure.ts';

const report = (percent: number, themeHidden = false): Report => ({
  survey: { slug: 's', title: 'S' },
  responses: 538,
  k: 10,
  timelineUnit: 'day',
  timeline: [],
  questions: [
    {
      name: 'listened',
      title: 'I feel listened to',
      type: 'radiogroup',
      narrative: '',
      answered: 538,
      agreement: { count: 220, percent, n: 538, ci: [37, 45] },
    },
    {
      name: 'better',
      title: 'What could be better?',
      type: 'comment',
      narrative: '',
      answered: 400,
      themes: [
        themeHidden
          ? { id: 'communication', label: 'Communication', suppressed: true }
          : {
              id: 'communication',
              label: 'Communication',
              count: 120,
              percent: 30,
              ci: [26, 35],
              quotes: [],
            },
      ],
    },
    { name: 'few', title: 'Hidden', type: 'radiogroup', narrative: '', suppressed: true },
  ],
});

describe('the figure that prompted an action', () => {
  it('is a linked theme before agreement with a linked question', () => {
    expect(
      promptingFigure(report(41), { themes: ['communication'], questions: ['listened'] }),
    ).toEqual({
      question: 'better',
      theme: 'communication',
      wording: 'answered “What could be better?” mentioned communication',
      percent: 30,
      answered: 400,
    });
  });

  it('is agreement with a linked question when the theme is hidden or not linked', () => {
    const expected = {
      question: 'listened',
      theme: null,
      wording: 'gave a view on “I feel listened to” agreed',
      percent: 41,
      answered: 538,
    };
    expect(promptingFigure(report(41), { themes: [], questions: ['listened'] })).toEqual(expected);
    expect(
      promptingFigure(report(41, true), { themes: ['communication'], questions: ['listened'] }),
    ).toEqual(expected);
  });

  it('is none when every linked figure is hidden', () => {
    expect(
      promptingFigure(report(41, true), { themes: ['communication'], questions: ['few'] }),
    ).toBeUndefined();
  });

  it('is read again from a later survey for the same question and theme only', () => {
    expect(sameFigure(report(28), { question: 'listened', theme: null })?.percent).toBe(28);
    expect(
      sameFigure(report(28, true), { question: 'better', theme: 'communication' }),
    ).toBeUndefined();
    expect(sameFigure(report(28), { question: 'gone', theme: null })).toBeUndefined();
  });
});
