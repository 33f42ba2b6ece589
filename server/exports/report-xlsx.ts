// The report as a workbook: a summary sheet, one sheet per question and the breakdown, all from the
// report, which is already suppressed and redacted: nothing here adds a figure. Rows about single
// responses are never in it (they are the internal responses download, server/routes/responses-export.ts).
import type ExcelJS from 'exceljs';
import type { Report } from '../../analysis/report/report-types.ts';
import { aboutReport, fewerThan, formatGeneratedAt, periodLabel } from './export-text.ts';
import { breakdownTitle, questionTables } from './figure-tables.ts';
import { SheetNamer } from './sheet-names.ts';
import { streamedWorkbook } from './streamed-workbook.ts';
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

/** The report as an .xlsx file. */
export function reportXlsx(report: Report): Promise<Buffer> {
  const created = report.generatedAt ? new Date(report.generatedAt) : undefined;
  return streamedWorkbook(report.survey.title, (workbook) => fillReport(workbook, report), created);
}

function fillReport(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: Report) {
  const namer = new SheetNamer();
  const summaryName = namer.name('Summary');
  const names = report.questions.map((q, i) => namer.name(`Q${i + 1} ${q.title}`, `Q${i + 1}`));
  // Sheets are written one at a time, in the order they appear, each committed when done.
  const sheet = (name: string, write: (ws: ExcelJS.Worksheet) => void) => {
    const ws = workbook.addWorksheet(name);
    write(ws);
    ws.commit();
  };
  sheet(summaryName, (ws) => writeSummary(ws, report, names));
  report.questions.forEach((q, i) => {
    sheet(names[i] ?? `Q${i + 1}`, (ws) => writeQuestionSheet(ws, q, questionTables(q), report.k));
  });
  if (report.breakdown) sheet(namer.name('Breakdown'), (ws) => writeBreakdown(ws, report));
}
