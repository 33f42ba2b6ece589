// Figure tables written into a worksheet. Counts, percentages and intervals stay numbers so
// officers can chart and sum them; a hidden figure is the text "fewer than k", never 0 or blank.
import type { Row, Worksheet } from 'exceljs';
import type { QuestionFigure } from '../../analysis/report/report-types.ts';
import { spreadsheetText } from './cell-safety.ts';
import { fewerThan, NOT_SHOWN, paragraphs } from './export-text.ts';
import {
  answeredText,
  type FigureLine,
  type FigureTable,
  isHidden,
  quoteGroups,
  type TrendTable,
  trendTables,
} from './figure-tables.ts';

export type SheetCell = string | number | null;

const PERCENT_FORMAT = '0.0';

/** Adds a row, making every text cell safe; returns it so callers can style it. */
export function addRow(ws: Worksheet, cells: readonly SheetCell[]) {
  const row = ws.addRow(cells.map((c) => (typeof c === 'string' ? spreadsheetText(c) : c)));
  return row;
}

export function addHeading(ws: Worksheet, text: string, size = 12) {
  addRow(ws, [text]).font = { bold: true, size };
}

export function addHeaderRow(ws: Worksheet, cells: readonly string[]) {
  const row = addRow(ws, cells);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  return row;
}

export const FIGURE_COLUMNS = ['Number', 'Per cent', 'CI low (%)', 'CI high (%)', 'Out of'];

export function figureCells(line: FigureLine, k: number): SheetCell[] {
  const n = line.n ?? NOT_SHOWN;
  if (isHidden(line.figure)) return [fewerThan(k), NOT_SHOWN, NOT_SHOWN, NOT_SHOWN, n];
  const { count, percent, ci } = line.figure;
  return [count, percent, ci[0], ci[1], n];
}

/** Shows one decimal in the three cells after `firstFigureColumn`: per cent and the interval. */
export function formatFigureRow(row: Row, firstFigureColumn: number) {
  for (let c = firstFigureColumn + 1; c <= firstFigureColumn + 3; c++) {
    const cell = row.getCell(c);
    if (typeof cell.value === 'number') cell.numFmt = PERCENT_FORMAT;
  }
}

function writeTable(ws: Worksheet, table: FigureTable, k: number) {
  addHeading(ws, table.caption, 11);
  addHeaderRow(ws, [table.labelHeader, ...FIGURE_COLUMNS]);
  for (const line of table.lines) {
    const row = addRow(ws, [line.label, ...figureCells(line, k)]);
    formatFigureRow(row, 2);
  }
  ws.addRow([]);
}

function writeTrend(ws: Worksheet, table: TrendTable, k: number) {
  addHeading(ws, table.caption, 11);
  addHeaderRow(ws, ['Survey', 'Per cent', 'CI low (%)', 'CI high (%)', 'Out of', 'Change']);
  for (const p of table.points) {
    const change = p.significant ? 'Significant' : p.p === undefined ? 'Not compared' : 'None';
    const hidden = p.suppressed || p.percent === undefined;
    const row = addRow(ws, [
      p.title,
      hidden ? fewerThan(k) : (p.percent ?? null),
      hidden || !p.ci ? NOT_SHOWN : p.ci[0],
      hidden || !p.ci ? NOT_SHOWN : p.ci[1],
      hidden ? NOT_SHOWN : (p.n ?? NOT_SHOWN),
      change,
    ]);
    formatFigureRow(row, 1);
  }
  ws.addRow([]);
}

const ANSWERED_SENTENCE =
  /^(This question was answered [^.]*\.|Fewer than \d+ people answered this question\.)\s*/;

/** One question's sheet: what was asked, the narrative, every table, then published quotes. */
export function writeQuestionSheet(
  ws: Worksheet,
  q: QuestionFigure,
  tables: FigureTable[],
  k: number,
) {
  ws.columns = [{ width: 60 }, ...FIGURE_COLUMNS.map(() => ({ width: 14 }))];
  addHeading(ws, q.title, 14);
  addRow(ws, [answeredText(q, k)]);
  // A drafted narrative opens with how many answered, just said above: once is enough.
  const narrative = q.narrativeEdit ? q.narrative : q.narrative.replace(ANSWERED_SENTENCE, '');
  for (const text of paragraphs(narrative)) {
    const row = addRow(ws, [text]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  for (const table of tables) writeTable(ws, table, k);
  for (const table of trendTables(q)) writeTrend(ws, table, k);
  const groups = quoteGroups(q);
  if (groups.length === 0) return;
  addHeading(ws, 'What people said', 11);
  addHeaderRow(ws, ['Quote', 'Theme']);
  for (const group of groups) {
    for (const quote of group.quotes) {
      addRow(ws, [quote, group.theme]).alignment = { wrapText: true, vertical: 'top' };
    }
  }
}
