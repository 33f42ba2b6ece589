// A small report built by hand to the published types: options, agree/disagree rows, themes with
// quotes, hidden cells, a trend and a breakdown. `hostile` puts the same strings in every place
// text from people can reach (titles, labels, narrative, quotes).
import type { QuestionFigure, Report } from '../../analysis/report/report-types.ts';

export const K = 10;
export const QUOTE = 'The SENCO listened to us and [NAME] rang back the same day.';
export const UNAPPROVED = 'This candidate quote was never approved for publication.';

const setting = (): QuestionFigure => ({
  name: 'setting',
  title: 'Where does your child go to school?',
  type: 'radiogroup',
  answered: 120,
  options: [
    { value: 'primary', label: 'Primary school', count: 70, percent: 58.3, ci: [49.4, 66.8] },
    { value: 'special', label: 'Special school', count: 45, percent: 37.5, ci: [29.3, 46.4] },
    { value: 'home', label: 'Home education', suppressed: true },
  ],
  narrative: 'Most answers came from families with a child in a primary school.',
});

const experience = (): QuestionFigure => ({
  name: 'experience',
  title: 'How far do you agree with these statements?',
  type: 'matrix',
  answered: 118,
  rows: [
    {
      name: 'local_offer',
      title: 'The Local Offer is helpful',
      agreement: { count: 40, percent: 34.8, ci: [26.7, 43.8], n: 115 },
      trend: [
        { survey: 'wave-1', title: 'Wave 1', percent: 30, n: 100, significant: false },
        {
          survey: 'wave-2',
          title: 'Wave 2',
          percent: 34.8,
          n: 115,
          ci: [26.7, 43.8],
          p: 0.4,
          significant: false,
        },
      ],
    },
    { name: 'social_care', title: 'Social care needs are met', agreement: { suppressed: true } },
  ],
  narrative: '35% agreed that the Local Offer is helpful, up from 30% in the first wave.',
});

const working = (): QuestionFigure => ({
  name: 'working_well',
  title: 'What is working well?',
  type: 'comment',
  answered: 96,
  // 3 answers wait for analysis: fewer than k, so the report does not say how many.
  pending: { suppressed: true },
  themes: [
    {
      id: 'staff',
      label: 'Staff skills and capacity',
      count: 31,
      percent: 32.3,
      ci: [23.8, 42.1],
      quotes: [QUOTE],
    },
    {
      id: 'communication',
      label: 'Communication',
      count: 12,
      percent: 12.5,
      ci: [7.3, 20.6],
      quotes: ['Emails are answered now.'],
      // An officers' report carries candidates; a file must never show them.
      candidates: [
        { key: 'r1:working_well', text: 'Emails are answered now.', approved: true },
        { key: 'r2:working_well', text: UNAPPROVED, approved: false },
      ],
    },
    { id: 'transport', label: 'Transport', suppressed: true },
  ],
  narrative:
    'This question was answered 96 times.\n\n32% said the right staff with the right skills made the difference.',
});

/** A follow-up fewer than k answered: no figures, not even how many answered. */
const exclusion = (): QuestionFigure => ({
  name: 'exclusion',
  title: 'Tell us about the exclusion',
  type: 'comment',
  suppressed: true,
  narrative: 'Fewer than 10 people answered this question.',
});

export function sampleReport(): Report {
  return {
    survey: { slug: 'send-parent-experience', title: 'Parent and carer experience of SEND' },
    responses: 120,
    k: K,
    timelineUnit: 'week',
    timeline: [
      { date: '2026-01-05', to: '2026-01-11', count: 80 },
      { date: '2026-01-12', to: '2026-01-18', count: 36 },
      { date: '2026-01-19', to: '2026-01-25', suppressed: true },
    ],
    questions: [setting(), experience(), working(), exclusion()],
    breakdown: {
      question: 'setting',
      groups: [
        {
          value: 'primary',
          label: 'Primary school',
          n: 70,
          questions: [experience(), exclusion()],
        },
        { value: 'home', label: 'Home education', suppressed: true },
      ],
    },
    generatedAt: '2026-02-02T10:00:00Z',
  };
}

/** The sample report with every piece of free text replaced by hostile strings. */
export function hostileReport(payloads: readonly string[]): Report {
  const report = sampleReport();
  const at = (i: number) => payloads[i % payloads.length] ?? '';
  let i = 0;
  report.survey.title = at(i++);
  for (const q of report.questions) {
    q.title = at(i++);
    q.narrative = payloads.join('\n\n');
    for (const o of q.options ?? []) o.label = at(i++);
    for (const r of q.rows ?? []) r.title = at(i++);
    for (const t of q.themes ?? []) {
      t.label = at(i++);
      if ('quotes' in t) t.quotes = [...payloads];
    }
  }
  return report;
}
