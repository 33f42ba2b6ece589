// What the easy-read summary says, as plain data: short sentences, one idea per line, headings,
// aggregate figures only as "about 4 in 10 people" (never a hidden figure), approved quotes only,
// and the public actions. Pure, so its wording is tested without opening a document.

import { type Side, side } from '../../analysis/report/document/scale-words.ts';
import type {
  AgreementFigure,
  OptionFigure,
  QuestionFigure,
  Report,
  RowFigure,
  ThemeFigure,
} from '../../analysis/report/report-types.ts';
import { formatCount } from './export-text.ts';

export type EasyReadBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'line'; text: string }
  | { kind: 'quote'; text: string };

const OPTIONS_SHOWN = 3;
const THEMES_SHOWN = 3;
const QUOTES_SHOWN = 3;

/**
 * A label without its explanations in brackets: "A carer (for example a foster carer...)" reads as
 * "A carer". The full wording is in the full report; here one idea a line matters more.
 */
export const shortLabel = (label: string) => {
  const short = label.replace(/\s*\([^()]*\)/g, '').trim();
  return short.length > 0 ? short : label;
};

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A share as easy-read guidance puts it: "about 4 in 10 people", not "38.5%". */
export function inTen(percent: number): string {
  if (percent >= 100) return 'Everyone';
  const tens = Math.round(percent / 10);
  if (tens === 0) return 'Fewer than 1 in 10 people';
  if (tens === 10) return 'Almost everyone';
  return `About ${tens} in 10 people`;
}

const shownOptions = (options: readonly OptionFigure[] = []) =>
  options
    .flatMap((o) => ('count' in o && o.count > 0 ? [o] : []))
    .sort((a, b) => b.percent - a.percent)
    .slice(0, OPTIONS_SHOWN);

const shownThemes = (themes: readonly ThemeFigure[] = []) =>
  themes
    .flatMap((t) => ('count' in t && t.count > 0 ? [t] : []))
    .sort((a, b) => b.percent - a.percent)
    .slice(0, THEMES_SHOWN);

const agreed = (a: AgreementFigure | undefined) => (a && 'percent' in a ? a.percent : undefined);

/** The whole picture of one statement, out of those who gave a view (as the full report says it):
 * the main result first, then each side; a side only when every answer on it is shown. */
function statementLines(row: RowFigure): string[] {
  const agreement = row.agreement;
  if (!agreement || !('count' in agreement) || agreement.n === 0) return [];
  const share = (s: Side) => {
    const on = (row.options ?? []).filter((o) => side(o.label) === s);
    if (on.length === 0 || !on.every((o) => 'count' in o)) return undefined;
    const count = on.reduce((sum, o) => sum + ('count' in o ? o.count : 0), 0);
    return (count / agreement.n) * 100;
  };
  const agree = agreement.percent;
  const neither = share('neither');
  const disagree = share('disagree');
  const lines = [`“${shortLabel(row.title).replace(/[.!?]+$/, '')}”`];
  const tens = (p: number) => Math.round(p / 10);
  if (agree > 50) lines.push('Most people agreed.');
  else if (disagree !== undefined && disagree > 50) lines.push('Most people disagreed.');
  else if (disagree !== undefined && tens(agree) > tens(disagree)) {
    lines.push('More people agreed than disagreed.');
  } else if (disagree !== undefined && tens(agree) < tens(disagree)) {
    lines.push('More people disagreed than agreed.');
  } else if (disagree !== undefined) lines.push('About as many people agreed as disagreed.');
  lines.push(`${inTen(agree)} agreed.`);
  if (neither !== undefined) lines.push(`${inTen(neither)} did not agree or disagree.`);
  if (disagree !== undefined) lines.push(`${inTen(disagree)} disagreed.`);
  return lines;
}

function questionBlocks(q: QuestionFigure, k: number): EasyReadBlock[] {
  const blocks: EasyReadBlock[] = [{ kind: 'heading', level: 2, text: shortLabel(q.title) }];
  const line = (text: string) => blocks.push({ kind: 'line', text: sentence(text) });
  if (q.suppressed) {
    line(`Fewer than ${k} people answered this question`);
    line('So we do not show the answers');
    return blocks;
  }
  if (q.answered === 0) {
    line('Nobody answered this question');
    return blocks;
  }
  line(`${formatCount(q.answered)} people answered this question`);
  const agreement = agreed(q.agreement);
  if (agreement !== undefined) line(`${inTen(agreement)} agreed`);
  // The share, then what was chosen on a line of its own: one idea a line, and short lines.
  const figure = (share: string, what: string) => {
    blocks.push({ kind: 'line', text: `${share}:` });
    line(shortLabel(what));
  };
  const options = shownOptions(q.options);
  const [top, second] = options;
  // The main result first, then the top answers with their shares. A tie at the top has no
  // answer "chosen most".
  if (top && second && second.count === top.count) line('No single answer was chosen most');
  else if (top && options.length > 1)
    figure(top.percent > 50 ? 'Most people chose' : 'The answer chosen most was', top.label);
  for (const o of options) figure(`${inTen(o.percent)} chose`, o.label);
  const rows = (q.rows ?? []).map(statementLines).filter((lines) => lines.length > 0);
  if (rows.length > 0) {
    line('We asked how much people agree with some sentences');
    line('We only count people who gave a view');
    for (const lines of rows) for (const text of lines) blocks.push({ kind: 'line', text });
  }
  const themes = shownThemes(q.themes);
  for (const t of themes) line(`${inTen(t.percent)} talked about: ${shortLabel(t.label)}`);
  const quotes = [...new Set(themes.flatMap((t) => ('quotes' in t ? t.quotes : [])))].slice(
    0,
    QUOTES_SHOWN,
  );
  if (quotes.length > 0) {
    line('Here is what some people said');
    for (const text of quotes) blocks.push({ kind: 'quote', text });
  }
  // Every approved quote no theme carries is shown, uncapped: an officer's approval is published.
  const underThemes = new Set(quotes);
  const others = [...new Set(q.otherComments ?? [])].filter((text) => !underThemes.has(text));
  if (others.length > 0) {
    blocks.push({ kind: 'line', text: 'Other comments:' });
    for (const text of others) blocks.push({ kind: 'quote', text });
  }
  return blocks;
}

const STATUS_WORDS = {
  planned: 'We plan to do this.',
  in_progress: 'We have started to do this.',
  done: 'We have done this.',
} as const;

/** One sentence a line, as the officer wrote them. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(sentence);

function actionBlocks(report: Report): EasyReadBlock[] {
  const blocks: EasyReadBlock[] = [{ kind: 'heading', level: 1, text: 'What we will do' }];
  const actions = report.actions ?? [];
  if (actions.length === 0) {
    blocks.push({ kind: 'line', text: 'We have not shared our plans yet.' });
    return blocks;
  }
  for (const a of actions) {
    blocks.push({ kind: 'heading', level: 2, text: a.title });
    for (const text of sentencesOf(a.description)) blocks.push({ kind: 'line', text });
    blocks.push({ kind: 'line', text: STATUS_WORDS[a.status] });
  }
  return blocks;
}

/** The whole summary, in reading order. Breakdowns and trends are left to the full report. */
export function easyReadContent(report: Report): EasyReadBlock[] {
  const { k } = report;
  const quotes = report.questions.some(
    (q) =>
      (q.otherComments?.length ?? 0) > 0 ||
      (q.themes ?? []).some((t) => 'quotes' in t && t.quotes.length > 0),
  );
  const about: EasyReadBlock[] = [
    { kind: 'title', text: `${report.survey.title}: easy read` },
    { kind: 'heading', level: 1, text: 'About this summary' },
    ...[
      'This is a short and easy summary of a survey.',
      `The survey is called: ${sentence(report.survey.title)}`,
      `${formatCount(report.responses)} people answered the survey.`,
      'We did not ask for names.',
      'We do not show numbers for small groups.',
      `A small group is fewer than ${k} people.`,
      'This means no one can be picked out.',
      ...(quotes ? ['We only share words from people who said we could.'] : []),
    ].map((text): EasyReadBlock => ({ kind: 'line', text })),
  ];
  return [
    ...about,
    { kind: 'heading', level: 1, text: 'What people told us' },
    ...report.questions.flatMap((q) => questionBlocks(q, k)),
    ...actionBlocks(report),
  ];
}

/** Our own words, without the parents' quotes: what the reading age is measured on. */
export const easyReadWording = (blocks: readonly EasyReadBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'quote' ? [] : [b.text]));
