// Synthetic data at the scale of a large survey, for timing the exports only: the text is made up
// and no figure in it means anything.
import type { QuestionFigure, Report } from '../../analysis/report/report-types.ts';

const THEMES = ['communication', 'delays', 'inclusion', 'ehcp', 'staff', 'health', 'funding'];
const AGREE = ['strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree'];
const ROWS = ['local_offer', 'education', 'skills', 'health', 'social_care', 'planning'];
const TEXT = [
  'We waited 18 months for an assessment and nobody called back.',
  '=HYPERLINK("http://example.invalid") the school has been brilliant, "really" listened',
  'Transport is a battle every year, again; the taxi is late',
  '-- nothing is working --',
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function question(i: number): QuestionFigure {
  const n = 100_000;
  return {
    name: `q${i}`,
    title: `Question ${i}: how far do you agree with these statements about SEND support?`,
    type: 'matrix',
    answered: n,
    options: AGREE.map((value, j) => ({
      value,
      label: value.replace('_', ' '),
      count: 20_000 - j,
      percent: 20,
      ci: [19.8, 20.2],
    })),
    rows: ROWS.map((name) => ({
      name,
      title: `Statement about ${name}`,
      agreement: { count: 40_000, percent: 40, ci: [39.7, 40.3], n },
    })),
    themes: THEMES.map((id, j) => ({
      id,
      label: id,
      count: 5_000 + j,
      percent: 5,
      ci: [4.9, 5.1],
      quotes: TEXT,
    })),
    narrative: `This question was answered ${n} times. ${pick(TEXT, i)}`,
  };
}

/** A report shaped like a 100,000-response survey with `questions` questions. */
export function benchReport(questions = 40): Report {
  return {
    survey: { slug: 'bench', title: 'Benchmark survey' },
    responses: 100_000,
    k: 10,
    timelineUnit: 'week',
    timeline: Array.from({ length: 52 }, (_, i) => ({ date: '2026-01-05', count: 1900 + i })),
    questions: Array.from({ length: questions }, (_, i) => question(i + 1)),
  };
}
