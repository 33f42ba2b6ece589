// Synthetic data at the scale of a large survey, for timing the exports only: the text is made up
// and no figure in it means anything.
import type { QuestionFigure, Report } from '../../analysis/report/report-types.ts';
import type { CsvResponse } from './responses-columns.ts';
import type { ResponsesCsvInput } from './responses-layout.ts';

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

function response(i: number): CsvResponse {
  const matrix = Object.fromEntries(ROWS.map((row, j) => [row, pick(AGREE, i + j)]));
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    submittedAt: '2026-01-05T10:00:00Z',
    version: 1 + (i % 2),
    channel: i % 10 === 0 ? 'paper' : 'online',
    answers: {
      role: pick(['parent', 'carer'], i),
      setting: pick(['primary', 'secondary', 'special'], i),
      services: ['paediatrician', 'salt', 'camhs'].slice(0, 1 + (i % 3)),
      experience: matrix,
      age: (i % 25) - 3,
      working_well: pick(TEXT, i),
      not_working: pick(TEXT, i + 1),
      change: pick(TEXT, i + 2),
    },
    themes: {
      working_well: [pick(THEMES, i)],
      not_working: [pick(THEMES, i + 1), pick(THEMES, i + 3)],
      change: [],
    },
  };
}

/** `n` raw responses to an eight-question survey with a matrix and three themed questions. */
export function benchResponses(n = 100_000): ResponsesCsvInput {
  const text = ['working_well', 'not_working', 'change'];
  return {
    questions: [
      { name: 'role', title: 'Who is answering?' },
      { name: 'setting', title: 'Setting' },
      { name: 'services', title: 'Services used' },
      { name: 'experience', title: 'Experiences', rows: ROWS },
      { name: 'age', title: 'Age' },
      ...text.map((name) => ({ name, title: name })),
    ],
    themeIds: THEMES,
    themedQuestions: text,
    rows: Array.from({ length: n }, (_, i) => response(i)),
  };
}
