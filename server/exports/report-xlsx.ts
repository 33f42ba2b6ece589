// The report as a workbook: a summary sheet, one sheet per question, the breakdown, and only when
// the caller hands over raw rows, a responses sheet. Everything but that sheet comes from the
// report, which is already suppressed and redacted: nothing here adds a figure.
import ExcelJS from 'exceljs';
import type { Report } from '../../analysis/report/report-types.ts';
import { xmlSafe } from './cell-safety.ts';
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
      for (const table of questionTables(q)) {
        for (const line of table.lines) {
          const cells = [group.label, group.n, table.caption, line.label];
          const row = addRow(ws, [...cells, ...figureCells(line, report.k)]);
          formatFigureRow(ws, row.number, 5);
        }
      }
    }
  }
}

function writeResponses(ws: ExcelJS.Worksheet, input: ResponsesCsvInput) {
  const columns = responseColumns(completeLayout(input));
  // Headers and cells are already formula-escaped by the columns; only XML safety is left.
  const header = ws.addRow(columns.map((c) => xmlSafe(c.header)));
  header.font = { bold: true };
  for (const response of input.rows) {
    ws.addRow(
      columns.map((c) => {
        const value = c.cell(response);
        return typeof value === 'string' ? xmlSafe(value) : value;
      }),
    );
  }
}

/**
 * The report as an .xlsx file. `responses` adds an unredacted responses sheet: pass it only for
 * an officers' internal export, never for one to publish.
 */
export async function reportXlsx(report: Report, responses?: ResponsesCsvInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SEND Voice';
  workbook.title = xmlSafe(report.survey.title);
  if (report.generatedAt) workbook.created = new Date(report.generatedAt);

  const namer = new SheetNamer();
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1 }] };
  const summary = workbook.addWorksheet(namer.name('Summary'));
  const sheetNames: string[] = [];
  report.questions.forEach((q, i) => {
    const name = namer.name(`Q${i + 1} ${q.title}`, `Q${i + 1}`);
    sheetNames.push(name);
    writeQuestionSheet(workbook.addWorksheet(name), q, questionTables(q), report.k);
  });
  writeSummary(summary, report, sheetNames);
  if (report.breakdown) writeBreakdown(workbook.addWorksheet(namer.name('Breakdown')), report);
  if (responses) {
    writeResponses(workbook.addWorksheet(namer.name('Responses (unredacted)'), frozen), responses);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
