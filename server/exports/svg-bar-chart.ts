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
const ROW = 50;
const BAR_HEIGHT = 20;
// Leaves room after the longest bar for its value ("fewer than 1000").
const BAR_MAX = 470;
const LABEL_CHARS = 72;

// Labels longer than the chart is wide are cut for the picture only; the table keeps them whole.
function shorten(label: string): string {
  const chars = Array.from(label);
  return chars.length <= LABEL_CHARS ? label : `${chars.slice(0, LABEL_CHARS - 1).join('')}…`;
}

const barWidth = (percent: number) =>
  Math.round((Math.min(100, Math.max(0, percent)) / 100) * BAR_MAX * 10) / 10;

function drawBar(bar: Bar, i: number): Html {
  const top = i * ROW;
  const width = bar.percent === undefined ? 0 : barWidth(bar.percent);
  const valueX = width + 8;
  return html`<text class="chart-label" x="0" y="${top + 16}">${shorten(bar.label)}</text>${
    width > 0
      ? html`<rect class="chart-bar" x="0" y="${top + 22}" width="${width}" height="${BAR_HEIGHT}" fill="#1d70b8"/>`
      : ''
  }<text class="chart-value" x="${valueX}" y="${top + 37}">${bar.text}</text>`;
}

/** A bar chart of percentages; `id` must be unique in the page. */
export function barChart(id: string, title: string, bars: readonly Bar[]): Html {
  const height = bars.length * ROW + 4;
  const description = bars.map((b) => `${b.label}: ${b.text}.`).join(' ');
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false"><title id="${id}-title">Bar chart: ${title}</title><desc id="${id}-desc">${description}</desc><line class="chart-axis" x1="0" y1="0" x2="0" y2="${height}" stroke="#0b0c0c"/>${bars.map(drawBar)}</svg>`;
}
