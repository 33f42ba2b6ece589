// Horizontal bar charts as inline SVG: no script, no external file, readable in print and in
// Windows high contrast. Each chart is one image with a text alternative listing every value; the
// same figures are always in a table next to it, so the chart is never the only way to read them.
import { type Html, html } from './html-escape.ts';

export interface Bar {
  label: string;
  /** Absent when the figure is hidden: no bar is drawn, and `text` says why. */
  percent?: number;
  /** What is written at the end of the bar: "41.2%" or "fewer than 10". */
  text: string;
}

const WIDTH = 640;
/** Height of one line of 15-pixel label text. */
const LINE = 18;
const BAR_HEIGHT = 14;
/** Space between one bar and the next bar's label. */
const GAP = 6;
// Leaves room after the longest bar for its value ("fewer than 1000").
const BAR_MAX = 470;
// About as many 15-pixel characters as fit across the chart, with room for wide letters.
const LINE_CHARS = 76;
const MAX_LINES = 2;

/**
 * The label in at most two lines broken between words, so "…talk to a SENCO: the…" reads whole;
 * only a label longer than both lines is cut, for the picture only (the table keeps it whole).
 */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (Array.from(joined).length <= LINE_CHARS || !line) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, MAX_LINES).map((l) => Array.from(l));
  const last = kept[kept.length - 1];
  if (last && (lines.length > MAX_LINES || last.length > LINE_CHARS)) {
    kept[kept.length - 1] = [...last.slice(0, LINE_CHARS - 1), '…'];
  }
  return kept.map((chars) => chars.join(''));
}

const barWidth = (percent: number) =>
  Math.round((Math.min(100, Math.max(0, percent)) / 100) * BAR_MAX * 10) / 10;

const rowHeight = (lines: number) => lines * LINE + BAR_HEIGHT + GAP;

function drawBar(bar: Bar, lines: string[], top: number): Html {
  const width = bar.percent === undefined ? 0 : barWidth(bar.percent);
  const barTop = top + lines.length * LINE + 2;
  const label = lines.map(
    (line, i) => html`<text class="chart-label" x="0" y="${top + 14 + i * LINE}">${line}</text>`,
  );
  return html`${label}${
    width > 0
      ? html`<rect class="chart-bar" x="0" y="${barTop}" width="${width}" height="${BAR_HEIGHT}" fill="#1d70b8"/>`
      : ''
  }<text class="chart-value" x="${width + 8}" y="${barTop + 12}">${bar.text}</text>`;
}

/** A bar chart of percentages; `id` must be unique in the page. */
export function barChart(id: string, title: string, bars: readonly Bar[]): Html {
  const rows: Html[] = [];
  let top = 0;
  for (const bar of bars) {
    const lines = labelLines(bar.label);
    rows.push(drawBar(bar, lines, top));
    top += rowHeight(lines.length);
  }
  const height = top + 4;
  const description = bars.map((b) => `${b.label}: ${b.text}.`).join(' ');
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false"><title id="${id}-title">Bar chart: ${title}</title><desc id="${id}-desc">${description}</desc><line class="chart-axis" x1="0" y1="0" x2="0" y2="${height}" stroke="#0b0c0c"/>${rows}</svg>`;
}
