// Wording shared by every export, so a figure reads the same in a spreadsheet, a Word document and
// a web page. Plain English: reports go to parents as well as to boards and inspectors.
import type {
  Interval,
  Report,
  TimelineEntry,
  TimelineUnit,
} from '../../analysis/report/report-types.ts';

/**
 * What a hidden figure says instead of a number: never 0, which would be a different claim. The
 * report also hides some larger figures as cover for small ones (complementary suppression), and
 * does not say which; this one function decides the wording for every format.
 */
export const fewerThan = (k: number) => `fewer than ${k}`;

/** A percentage or interval withheld along with its hidden count. */
export const NOT_SHOWN = 'not shown';

export const formatCount = (n: number) => n.toLocaleString('en-GB');

export const formatPercent = (p: number) => `${p.toFixed(1)}%`;

export const formatInterval = ([low, high]: Interval) =>
  `${low.toFixed(1)}% to ${high.toFixed(1)}%`;

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const LONDON = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

function parseDay(day: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "5 January 2026"; anything that is not a YYYY-MM-DD day is shown as it is. */
export function formatDay(day: string): string {
  const date = parseDay(day);
  return date ? DAY.format(date) : day;
}

/** The period a timeline entry covers, as a reader would say it. */
export function periodLabel(entry: TimelineEntry, unit: TimelineUnit): string {
  const date = parseDay(entry.date);
  if (unit === 'month' && date) return MONTH.format(date);
  return entry.to ? `${formatDay(entry.date)} to ${formatDay(entry.to)}` : formatDay(entry.date);
}

export function formatGeneratedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : LONDON.format(date);
}

/** The paragraphs every export opens with: what the figures are and why some are hidden. */
export function aboutReport(report: Report): string[] {
  const k = report.k;
  const about = [
    `This report covers ${formatCount(report.responses)} responses to the questionnaire "${report.survey.title}".`,
    `To protect the people who answered, any figure about fewer than ${k} people is not shown, and neither is a figure that would let someone work one out. You will see "${NOT_SHOWN}" instead.`,
    'Percentages are of the people who answered each question. The range given with each percentage is a 95% confidence interval: the true figure is very likely to be inside it.',
    'Quotes are in people’s own words. Names and other details that could identify someone have been replaced by markers such as [NAME].',
  ];
  if (report.generatedAt) {
    about.push(`These figures were produced on ${formatGeneratedAt(report.generatedAt)}.`);
  }
  return about;
}

/** Officer-written narrative may hold several paragraphs separated by blank lines. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
