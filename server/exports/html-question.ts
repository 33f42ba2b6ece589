// One question of the HTML report: heading, how many answered, the narrative, a chart and a table
// for every set of figures, then published quotes. Breakdowns reuse it one heading level down.
import type { QuestionFigure } from '../../analysis/report/report-types.ts';
import { fewerThan, formatPercent, NOT_SHOWN, paragraphs } from './export-text.ts';
import {
  answeredText,
  FIGURE_HEADERS,
  type FigureTable,
  isHidden,
  lineTexts,
  questionTables,
  quoteGroups,
  TREND_HEADERS,
  type TrendTable,
  trendTables,
  trendTexts,
} from './figure-tables.ts';
import { type Html, html, raw } from './html-escape.ts';
import { type Bar, barChart } from './svg-bar-chart.ts';

/** Hands out ids unique within one page, never derived from text people wrote. */
export class Ids {
  private readonly counts = new Map<string, number>();
  next(prefix: string) {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}-${n}`;
  }
}

export const heading = (level: number, text: string, id?: string): Html => {
  const tag = `h${Math.min(6, Math.max(1, level))}`;
  return id
    ? html`<${raw(tag)} id="${id}">${text}</${raw(tag)}>`
    : html`<${raw(tag)}>${text}</${raw(tag)}>`;
};

const NUMBER_COLUMNS = new Set(['Number', 'Per cent', 'Out of']);

/** A table with a caption, column headers and row headers: each cell is announced with both. */
export function dataTable(caption: string, headers: readonly string[], rows: readonly string[][]) {
  const cls = (header: string | undefined) =>
    header && NUMBER_COLUMNS.has(header) ? 'number' : '';
  return html`<table><caption>${caption}</caption><thead><tr>${headers.map(
    (h) => html`<th scope="col" class="${cls(h)}">${h}</th>`,
  )}</tr></thead><tbody>${rows.map(
    ([first = '', ...rest]) =>
      html`<tr><th scope="row">${first}</th>${rest.map((cell, i) => {
        const withheld = cell.startsWith('fewer than') || cell === NOT_SHOWN;
        return html`<td class="${cls(headers[i + 1])}${withheld ? ' withheld' : ''}">${cell}</td>`;
      })}</tr>`,
  )}</tbody></table>`;
}

function figures(t: FigureTable, k: number, ids: Ids): Html {
  const bars: Bar[] = t.lines.map((line) =>
    isHidden(line.figure)
      ? { label: line.label, text: fewerThan(k) }
      : {
          label: line.label,
          percent: line.figure.percent,
          text: formatPercent(line.figure.percent),
        },
  );
  const rows = t.lines.map((line) => [line.label, ...lineTexts(line, k)]);
  const figureId = ids.next('chart');
  return html`<figure class="chart-figure"><figcaption>Chart. ${t.caption}</figcaption>${barChart(figureId, t.caption, bars)}</figure>${dataTable(t.caption, [t.labelHeader, ...FIGURE_HEADERS], rows)}`;
}

function trend(t: TrendTable, k: number, ids: Ids): Html {
  const bars: Bar[] = t.points.map((p) =>
    p.suppressed || p.percent === undefined
      ? { label: p.title, text: fewerThan(k) }
      : { label: p.title, percent: p.percent, text: formatPercent(p.percent) },
  );
  const figureId = ids.next('chart');
  return html`<figure class="chart-figure"><figcaption>Chart. ${t.caption}</figcaption>${barChart(figureId, t.caption, bars)}</figure>${dataTable(
    t.caption,
    TREND_HEADERS,
    t.points.map((p) => trendTexts(p, k)),
  )}`;
}

/** `level` is the question heading's level: 2 on its own page, deeper inside a breakdown. */
export function questionHtml(q: QuestionFigure, k: number, level: number, ids: Ids): Html {
  const id = ids.next('question');
  const groups = quoteGroups(q);
  return html`<section class="${level <= 2 ? 'question' : 'group-question'}" aria-labelledby="${id}">${heading(level, q.title, id)}<p>${answeredText(q, k)}</p>${paragraphs(
    q.narrative,
  ).map((p) => html`<p class="narrative">${p}</p>`)}${questionTables(q).map((t) =>
    figures(t, k, ids),
  )}${trendTables(q).map((t) => trend(t, k, ids))}${
    groups.length > 0 &&
    html`${heading(level + 1, 'What people said')}${groups.map(
      (g) =>
        html`${heading(level + 2, g.theme)}${g.quotes.map(
          (quote) => html`<blockquote><p>“${quote}”</p></blockquote>`,
        )}`,
    )}`
  }</section>`;
}
