// A chart of the Word report as a PNG: the very SVG the printable page draws, rendered by resvg
// with the Liberation fonts (CI installs fonts-liberation) so it measures the same everywhere.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { ChartBar } from '../../analysis/report/document/document-types.ts';
import { barChart } from './svg-bar-chart.ts';

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

// Twice the SVG's size, so the picture stays sharp printed.
const SCALE = 2;

// Loading every system font takes a large part of a second per chart; the one face the charts use
// is enough, and the system's fonts are the fallback where it is installed elsewhere.
const LIBERATION_SANS = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';
const FONT_FILES = existsSync(LIBERATION_SANS) ? [LIBERATION_SANS] : [];

export function chartPng(caption: string, bars: readonly ChartBar[]): ChartImage {
  const svg = barChart('chart', caption, bars).html;
  const rendered = new Resvg(svg, {
    font: {
      loadSystemFonts: FONT_FILES.length === 0,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'Liberation Sans',
      sansSerifFamily: 'Liberation Sans',
      defaultFontSize: 15,
    },
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
  }).render();
  return {
    png: rendered.asPng(),
    width: rendered.width / SCALE,
    height: rendered.height / SCALE,
  };
}
