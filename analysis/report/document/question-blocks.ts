// One question of the document: how many answered (once), the figures in words with the whole
// scale, one chart and one table, themes with their approved quotes, trends in words, and one
// short line naming whatever is not shown.
import type { OptionFigure, QuestionFigure, RowFigure, ShownQuestion } from '../report-types.ts';
import type { Block, ChartBar } from './document-types.ts';
import { officerBlocks } from './marked-text.ts';
import {
  capitalised,
  fewerThan,
  list,
  NOT_SHOWN,
  quoted,
  thousands,
  whole,
} from './plain-words.ts';
import { hiddenLabels, isShown, scaleSentence } from './scale-words.ts';
import { otherCommentBlocks, themeBlocks } from './theme-blocks.ts';
import { trendSentence } from './trend-words.ts';

const oneDecimal = (p: number) => `${p.toFixed(1)}%`;

export function answeredLine(q: QuestionFigure, k: number): string {
  if (q.suppressed) {
    return `Not shown: ${fewerThan(k)} people answered this question, or its figures would reveal a number that small.`;
  }
  const n = q.answered;
  const answered = `This question was answered ${n === 1 ? 'once' : `${thousands(n)} times`}.`;
  if (q.pending === undefined) return answered;
  const more = typeof q.pending === 'number' ? thousands(q.pending) : capitalised(fewerThan(k));
  return `${answered} ${more} more answers are still being analysed and are not counted yet.`;
}

export function chart(caption: string, bars: ChartBar[]): Block {
  const alt = `Bar chart: ${caption}. ${bars.map((b) => `${b.label}: ${b.text}.`).join(' ')}`;
  return { type: 'chart', caption, bars, alt };
}

const bar = (label: string, figure: { percent: number } | object): ChartBar =>
  'percent' in figure && typeof figure.percent === 'number'
    ? { label, percent: figure.percent, text: whole(figure.percent) }
    : { label, text: NOT_SHOWN };

function optionBlocks(q: ShownQuestion, options: OptionFigure[]): Block[] {
  const multi = q.type === 'checkbox' || q.type === 'tagbox';
  const blocks: Block[] = [];
  const words = scaleSentence(options, q.answered, 'this question', multi, q.agreement);
  if (words) blocks.push({ type: 'paragraph', text: words });
  const shown = options.filter((o) => !isShown(o) || o.count > 0);
  // Two answers read as easily from the sentence and the table as from a chart.
  if (shown.length > 2) {
    blocks.push(
      chart(
        `${q.title} (per cent of the ${thousands(q.answered)} who answered)`,
        shown.map((o) => bar(o.label, o)),
      ),
    );
  }
  return blocks;
}

const rowCell = (o: OptionFigure | undefined) =>
  !o ? '' : isShown(o) ? whole(o.percent) : NOT_SHOWN;

/** An agree/disagree grid: each statement's whole scale in words, one chart, one table. */
function gridBlocks(q: ShownQuestion, rows: RowFigure[]): Block[] {
  const blocks: Block[] = [];
  for (const row of rows) {
    const about = `about ${quoted(row.title)}`;
    const words =
      row.options && row.answered !== undefined
        ? scaleSentence(row.options, row.answered, about, false, row.agreement)
        : row.agreement && isShown(row.agreement)
          ? `Of the ${thousands(row.agreement.n)} who gave a view ${about}, ${whole(row.agreement.percent)} agreed.`
          : undefined;
    if (words) blocks.push({ type: 'paragraph', text: words });
    const trend = row.trend && trendSentence(row.trend, quoted(row.title));
    if (trend) blocks.push({ type: 'paragraph', text: trend });
  }
  const agreeing = rows.filter((r) => r.agreement);
  if (agreeing.length > 0) {
    blocks.push(
      chart(
        `${q.title}: per cent who agreed, of those who gave a view on each statement`,
        agreeing.map((r) => bar(r.title, r.agreement ?? {})),
      ),
    );
  }
  const scale = rows.find((r) => r.options?.length)?.options ?? [];
  if (scale.length > 0) {
    // A statement whose scale would reveal a small number keeps its line, every cell "not shown",
    // so the table still lists every statement it is captioned with.
    const listed = rows.filter((r) => !r.suppressed);
    // One base for every statement goes in the caption, leaving the statements room to read.
    const bases = new Set(listed.map((r) => (r.options?.length ? r.answered : undefined)));
    const [base] = bases;
    const oneBase = bases.size === 1 && base !== undefined ? base : undefined;
    blocks.push({
      type: 'table',
      caption:
        oneBase === undefined
          ? `${q.title}: every answer, per cent of those who answered each statement`
          : `${q.title}: every answer, per cent of the ${thousands(oneBase)} who answered each statement`,
      headers: [
        'Statement',
        ...scale.map((o) => o.label),
        ...(oneBase === undefined ? ['Answered'] : []),
      ],
      rows: listed.map((r) => {
        const answered = oneBase === undefined ? [thousands(r.answered ?? 0)] : [];
        return r.options?.length
          ? [
              r.title,
              ...scale.map((s) => rowCell(r.options?.find((o) => o.value === s.value))),
              ...answered,
            ]
          : [r.title, ...scale.map(() => NOT_SHOWN), NOT_SHOWN];
      }),
    });
  }
  return blocks;
}

function optionTable(q: ShownQuestion, options: OptionFigure[]): Block {
  return {
    type: 'table',
    caption: `${q.title}: answers, out of the ${thousands(q.answered)} who answered`,
    headers: ['Answer', 'Number', 'Per cent', '95% confidence interval'],
    rows: options
      .filter(isShown)
      .map((o) => [
        o.label,
        thousands(o.count),
        oneDecimal(o.percent),
        `${oneDecimal(o.ci[0])} to ${oneDecimal(o.ci[1])}`,
      ]),
  };
}

/** Whatever the question does not show, in one line. */
function notShownLine(q: ShownQuestion, k: number): Block[] {
  const hidden = [
    ...hiddenLabels(q.options),
    ...(q.rows ?? [])
      .filter((r) => r.suppressed || (r.agreement && !isShown(r.agreement)))
      .map((r) => r.title),
    ...(q.themes ?? []).filter((t) => !isShown(t)).map((t) => t.label),
  ];
  if (hidden.length === 0) return [];
  const names = list(hidden.map(quoted));
  return [
    {
      type: 'paragraph',
      text: `Not shown, as ${fewerThan(k)} people or a number that would reveal one: ${names}.`,
    },
  ];
}

/** The figures of a shown question, before the answered line is put in front of them. */
function figureBlocks(q: ShownQuestion, k: number): Block[] {
  const blocks: Block[] = [];
  if (q.options?.length) {
    blocks.push(...optionBlocks(q, q.options));
    if (q.options.filter(isShown).length > 0) blocks.push(optionTable(q, q.options));
  }
  if (q.agreement && isShown(q.agreement) && !q.options?.length) {
    blocks.push({
      type: 'paragraph',
      text: `Of the ${thousands(q.agreement.n)} who gave a view, ${whole(q.agreement.percent)} agreed.`,
    });
  }
  const trend = q.trend && trendSentence(q.trend, 'Compared with the survey before');
  if (trend) blocks.push({ type: 'paragraph', text: trend });
  if (q.rows?.length) blocks.push(...gridBlocks(q, q.rows));
  if (q.themes) blocks.push(...themeBlocks(q, q.themes));
  blocks.push(...otherCommentBlocks(q));
  blocks.push(...notShownLine(q, k));
  return blocks;
}

export function questionBlocks(q: QuestionFigure, k: number): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 3, text: q.title }];
  const answered = answeredLine(q, k);
  if (q.suppressed || q.answered < k) return [...blocks, { type: 'paragraph', text: answered }];
  if (q.narrativeEdit) {
    blocks.push({ type: 'paragraph', text: answered });
    // Officers edit the drafted text, which opens with the same line: say it once, as now.
    const own = q.narrative.replace(/^\s*This question was answered (once|[\d,]+ times)\.\s*/, '');
    blocks.push(...officerBlocks(own));
    return [...blocks, ...figureBlocks(q, k)];
  }
  // The answered line opens the paragraph of figures in words, as in the council's reports.
  const [first, ...rest] = figureBlocks(q, k);
  if (first?.type === 'paragraph') {
    return [...blocks, { type: 'paragraph', text: `${answered} ${first.text}` }, ...rest];
  }
  return [...blocks, { type: 'paragraph', text: answered }, ...(first ? [first] : []), ...rest];
}
