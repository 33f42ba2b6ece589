// The report as a workbook: a summary sheet, one sheet per question, the breakdown, and only when
// the caller hands over raw rows, a responses sheet. Everything but that sheet comes from the
// report, which is already suppressed and redacted: nothing here adds a figure.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Report } from '../../analysis/report/report-types.ts';
import { displaySafe } from './cell-safety.ts';
import { aboutReport, fewerThan, formatGeneratedAt, periodLabel } from './export-text.ts';
import { breakdownTitle, questionTables } from './figure-tables.ts';
import { responseColumns } from './responses-columns.ts';
import { completeLayout, type ResponsesCsvInput } from './responses-layout.ts';
import { SheetNamer } from './sheet-names.ts';
import {
  addHeaderRow,
  addHeading,
  addRow,
  FIGURE_COLUMNS,
  figureCells,
  formatFigureRow,
  writeQuestionSheet,
} from './xlsx-figures.ts';

function writeSummary(ws: ExcelJS.Worksheet, report: Report, sheetNames: string[]) {
  ws.columns = [{ width: 36 }, { width: 60 }, { width: 14 }];
  addHeading(ws, report.survey.title, 14);
  addRow(ws, ['Survey', report.survey.title]);
  addRow(ws, ['Survey address name', report.survey.slug]);
  addRow(ws, ['Responses', report.responses]);
  addRow(ws, ['Figures hidden below (k)', report.k]);
  if (report.generatedAt) addRow(ws, ['Produced', formatGeneratedAt(report.generatedAt)]);
  ws.addRow([]);
  addHeading(ws, 'About these figures', 11);
  for (const text of aboutReport(report)) addRow(ws, [text]);
  ws.addRow([]);
  addHeading(ws, 'Responses over time', 11);
  addHeaderRow(ws, ['Period', 'Responses']);
  for (const entry of report.timeline) {
    const count = 'count' in entry ? entry.count : fewerThan(report.k);
    addRow(ws, [periodLabel(entry, report.timelineUnit), count]);
  }
  ws.addRow([]);
  addHeading(ws, 'Questions', 11);
  addHeaderRow(ws, ['Question', 'Sheet']);
  report.questions.forEach((q, i) => {
    addRow(ws, [q.title, sheetNames[i] ?? '']);
  });
}

function writeBreakdown(ws: ExcelJS.Worksheet, report: Report) {
  const breakdown = report.breakdown;
  if (!breakdown) return;
  ws.columns = [{ width: 24 }, { width: 12 }, { width: 40 }, { width: 40 }];
  addHeading(ws, `Breakdown by ${breakdownTitle(report, breakdown.question)}`, 14);
  addHeaderRow(ws, ['Group', 'People', 'Table', 'Line', ...FIGURE_COLUMNS]);
  for (const group of breakdown.groups) {
    if (!('questions' in group)) {
      addRow(ws, [group.label, fewerThan(report.k)]);
      continue;
    }
    for (const q of group.questions) {
      if (q.suppressed) {
        addRow(ws, [group.label, group.n, q.title, 'People who answered', fewerThan(report.k)]);
        continue;
      }
      for (const table of questionTables(q)) {
        for (const line of table.lines) {
          const cells = [group.label, group.n, table.caption, line.label];
          formatFigureRow(addRow(ws, [...cells, ...figureCells(line, report.k)]), 5);
        }
      }
    }
  }
}

function writeResponses(ws: ExcelJS.Worksheet, input: ResponsesCsvInput) {
  const columns = responseColumns(completeLayout(input));
  // Headers and cells are already formula-escaped by the columns; only XML safety is left.
  const header = ws.addRow(columns.map((c) => displaySafe(c.header)));
  header.font = { bold: true };
  header.commit();
  for (const response of input.rows) {
    const cells = columns.map((c) => {
      const value = c.cell(response);
      return typeof value === 'string' ? displaySafe(value) : value;
    });
    // Committing each row streams it out, so 100,000 rows never sit in memory as cell objects.
    ws.addRow(cells).commit();
  }
}

/**
 * The report as an .xlsx file. `responses` adds an unredacted responses sheet: pass it only for
 * an officers' internal export, never for one to publish.
 */
export async function reportXlsx(report: Report, responses?: ResponsesCsvInput): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // The streaming writer: the in-memory workbook took two minutes for a 100,000-row sheet.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'SEND Voice';
  workbook.title = displaySafe(report.survey.title);
  if (report.generatedAt) workbook.created = new Date(report.generatedAt);

  const namer = new SheetNamer();
  const summaryName = namer.name('Summary');
  const names = report.questions.map((q, i) => namer.name(`Q${i + 1} ${q.title}`, `Q${i + 1}`));
  // Sheets are written one at a time, in the order they appear, each committed when done.
  const sheet = (name: string, write: (ws: ExcelJS.Worksheet) => void, frozen = false) => {
    const ws = workbook.addWorksheet(
      name,
      frozen ? { views: [{ state: 'frozen', ySplit: 1 }] } : {},
    );
    write(ws);
    ws.commit();
  };
  sheet(summaryName, (ws) => writeSummary(ws, report, names));
  report.questions.forEach((q, i) => {
    sheet(names[i] ?? `Q${i + 1}`, (ws) => writeQuestionSheet(ws, q, questionTables(q), report.k));
  });
  if (report.breakdown) sheet(namer.name('Breakdown'), (ws) => writeBreakdown(ws, report));
  if (responses) {
    sheet(namer.name('Responses (unredacted)'), (ws) => writeResponses(ws, responses), true);
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
