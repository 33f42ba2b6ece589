// The report as a workbook: a summary sheet, one sheet per question, the breakdown, and a responses
// sheet when the caller hands over its rows (redacted, one per response). Everything but that sheet
// comes from the report, which is already suppressed and redacted: nothing here adds a figure.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Report } from '../../analysis/report/report-types.ts';
import { displaySafe } from './cell-safety.ts';
import { aboutReport, fewerThan, formatGeneratedAt, periodLabel } from './export-text.ts';
import { breakdownTitle, questionTables } from './figure-tables.ts';
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
import { type ResponsesSheet, writeResponsesSheet } from './xlsx-responses.ts';

function writeSummary(
  ws: ExcelJS.Worksheet,
  report: Report,
  sheetNames: string[],
  withResponses: boolean,
) {
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
  if (withResponses) for (const text of RESPONSES_SHEET_NOTES) addRow(ws, [text]);
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

const RESPONSES_SHEET_NOTES = [
  'The Responses sheet has one row per response: the date (UK time), how it came in, the version of the questionnaire, each choice as its label, and what people wrote with names and other details replaced by markers such as [NAME]. "[not analysed yet]" marks words still waiting for analysis, which the sheet never shows unredacted. In the theme columns, 1 marks a theme the answer mentions.',
  'A row is one person. Even without their words, several of their answers together can point at a family: take the Responses sheet out before publishing this file.',
];

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

/** The report as an .xlsx file; `responses` adds the responses sheet. */
export async function reportXlsx(report: Report, responses?: ResponsesSheet): Promise<Buffer> {
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
  const sheet = (name: string, write: (ws: ExcelJS.Worksheet) => void) => {
    const ws = workbook.addWorksheet(name);
    write(ws);
    ws.commit();
  };
  sheet(summaryName, (ws) => writeSummary(ws, report, names, responses !== undefined));
  report.questions.forEach((q, i) => {
    sheet(names[i] ?? `Q${i + 1}`, (ws) => writeQuestionSheet(ws, q, questionTables(q), report.k));
  });
  if (report.breakdown) sheet(namer.name('Breakdown'), (ws) => writeBreakdown(ws, report));
  if (responses) {
    const ws = workbook.addWorksheet(namer.name('Responses'), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    await writeResponsesSheet(ws, responses);
    ws.commit();
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
