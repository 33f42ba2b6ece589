// What the easy-read summary says, as plain data: short sentences, one idea per line, headings,
// aggregate figures only as "about 4 in 10 people" (never a hidden figure), approved quotes only,
// and the public actions. Pure, so its wording is tested without opening a document.
import type {
  AgreementFigure,
  OptionFigure,
  QuestionFigure,
  Report,
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
  for (const o of shownOptions(q.options)) figure(`${inTen(o.percent)} chose`, o.label);
  for (const row of q.rows ?? []) {
    const share = agreed(row.agreement);
    if (share !== undefined) figure(`${inTen(share)} agreed with`, row.title);
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
