// One reading of a question's figures shared by the XLSX, DOCX and HTML exports, so the three files
// can never disagree on which figures a question has, what they are out of, or which are hidden.
import type {
  Proportion,
  QuestionFigure,
  Report,
  Suppressed,
  ThemeFigure,
  TrendPoint,
} from '../../analysis/report/report-types.ts';
import { fewerThan, formatCount, formatInterval, formatPercent, NOT_SHOWN } from './export-text.ts';

export interface FigureLine {
  label: string;
  figure: Proportion | Suppressed;
  /** How many the percentage is out of; absent when it is hidden with the figure. */
  n?: number;
}

export interface FigureTable {
  caption: string;
  /** Heading of the first column: what each line is. */
  labelHeader: string;
  lines: FigureLine[];
}

export interface TrendTable {
  caption: string;
  points: TrendPoint[];
}

export interface QuoteGroup {
  theme: string;
  quotes: string[];
}

export const FIGURE_HEADERS = ['Number', 'Per cent', '95% confidence interval', 'Out of'] as const;
export const TREND_HEADERS = [
  'Survey',
  'Per cent',
  '95% confidence interval',
  'Out of',
  'Change since the survey before',
] as const;

export const isHidden = (figure: Proportion | Suppressed): figure is Suppressed =>
  'suppressed' in figure && figure.suppressed === true;

/** The four figure cells of a line as text; a hidden count reads "not shown", never 0 (nor
 * "fewer than k", which is false of a figure hidden only because it would reveal a small one). */
export function lineTexts(line: FigureLine): [string, string, string, string] {
  const n = line.n === undefined ? NOT_SHOWN : formatCount(line.n);
  if (isHidden(line.figure)) return [NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, n];
  const { count, percent, ci } = line.figure;
  return [formatCount(count), formatPercent(percent), formatInterval(ci), n];
}

const agreementLine = (label: string, figure: QuestionFigure['agreement']): FigureLine[] =>
  figure ? [{ label, figure, n: 'n' in figure ? figure.n : undefined }] : [];

// The number who answered is published anyway, so it stays beside a hidden theme's count.
const themeLine = (theme: ThemeFigure, n: number | undefined): FigureLine => ({
  label: theme.label,
  figure: theme,
  n,
});

/** Every table of figures a question has, in the order a reader meets them (none when hidden). */
export function questionTables(q: QuestionFigure): FigureTable[] {
  const tables: FigureTable[] = [];
  if (q.suppressed) return tables;
  if (q.options?.length) {
    tables.push({
      caption: `Answers: ${q.title}`,
      labelHeader: 'Answer',
      lines: q.options.map((o) => ({ label: o.label, figure: o, n: q.answered })),
    });
  }
  if (q.agreement) {
    tables.push({
      caption: `Agreement: ${q.title}`,
      labelHeader: 'Measure',
      lines: agreementLine('Agree', q.agreement),
    });
  }
  const agreeing = (q.rows ?? []).filter((r) => r.agreement);
  if (agreeing.length > 0) {
    tables.push({
      caption: `Agreement with each statement: ${q.title}`,
      labelHeader: 'Statement',
      lines: agreeing.flatMap((r) => agreementLine(r.title, r.agreement)),
    });
  }
  for (const row of q.rows ?? []) {
    if (row.suppressed) {
      tables.push({
        caption: `Answers: ${q.title}: ${row.title}`,
        labelHeader: 'Answer',
        lines: [{ label: 'People who answered', figure: { suppressed: true } }],
      });
      continue;
    }
    if (!row.options?.length) continue;
    tables.push({
      caption: `Answers: ${q.title}: ${row.title}`,
      labelHeader: 'Answer',
      lines: row.options.map((o) => ({ label: o.label, figure: o, n: row.answered })),
    });
  }
  if (q.themes?.length) {
    tables.push({
      caption: `Themes in what people said: ${q.title}`,
      labelHeader: 'Theme',
      lines: q.themes.map((t) => themeLine(t, q.answered)),
    });
  }
  return tables;
}

export function trendTables(q: QuestionFigure): TrendTable[] {
  const tables: TrendTable[] = [];
  if (q.trend?.length) tables.push({ caption: `Change over time: ${q.title}`, points: q.trend });
  for (const row of q.rows ?? []) {
    if (row.trend?.length) {
      tables.push({ caption: `Change over time: ${q.title}: ${row.title}`, points: row.trend });
    }
  }
  return tables;
}

export const OTHER_COMMENTS = 'Other comments';

/**
 * Approved quotes by theme, then the question's other comments (approved quotes no shown theme
 * carries), each of those once and never one a theme already shows: every approval is published.
 * Officers' candidates (`candidates`) never leave in an export.
 */
export function quoteGroups(q: QuestionFigure): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  for (const theme of q.themes ?? []) {
    if (isHidden(theme) || theme.quotes.length === 0) continue;
    groups.push({ theme: theme.label, quotes: [...theme.quotes] });
  }
  const underThemes = new Set(groups.flatMap((g) => g.quotes));
  const others = [...new Set(q.otherComments ?? [])].filter((text) => !underThemes.has(text));
  if (others.length > 0) groups.push({ theme: OTHER_COMMENTS, quotes: others });
  return groups;
}

/** The title of the question a breakdown splits by, or its name when the report lacks it. */
export const breakdownTitle = (report: Report, name: string) =>
  report.questions.find((q) => q.name === name)?.title ?? name;

/**
 * A line saying how many answered, and how many free-text answers are still being analysed; a
 * number the report hides reads "fewer than k" here too.
 */
export function answeredText(q: QuestionFigure, k: number): string {
  if (q.suppressed) {
    return `Not shown: ${fewerThan(k)} people answered this question, or its figures would reveal a number that small.`;
  }
  const answered = `This question was answered ${formatCount(q.answered)} ${q.answered === 1 ? 'time' : 'times'}.`;
  const pending = q.pending;
  if (pending === undefined) return answered;
  const more =
    typeof pending === 'number'
      ? `${formatCount(pending)} more ${pending === 1 ? 'answer is' : 'answers are'}`
      : `${capitalised(fewerThan(k))} more answers are`;
  return `${answered} ${more} still being analysed and not counted yet.`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
