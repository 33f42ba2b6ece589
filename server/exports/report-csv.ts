// The report as a CSV table: the same figures as the workbook's question sheets, one line each,
// and the approved quotes. Aggregate only: it is built from the suppressed report, so a hidden
// figure reads "fewer than k" and no one's answers appear in it.
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../../analysis/report/report-types.ts';
import { spreadsheetText } from './cell-safety.ts';
import { fewerThan } from './export-text.ts';
import { FIGURE_HEADERS, lineTexts, questionTables, quoteGroups } from './figure-tables.ts';

const HEADERS = ['Question', 'Table', 'Line', ...FIGURE_HEADERS] as const;

export function reportCsv(report: Report): string {
  const records: string[][] = [HEADERS.map((h) => h)];
  for (const q of report.questions) {
    if (q.suppressed) {
      records.push([q.title, 'People who answered', '', fewerThan(report.k), '', '', '']);
      continue;
    }
    records.push([q.title, 'People who answered', '', String(q.answered), '', '', '']);
    for (const table of questionTables(q)) {
      for (const line of table.lines) {
        records.push([q.title, table.caption, line.label, ...lineTexts(line)]);
      }
    }
    for (const group of quoteGroups(q)) {
      for (const quote of group.quotes) {
        records.push([q.title, `Quotes: ${group.theme}`, quote, '', '', '', '']);
      }
    }
  }
  const safe = records.map((record) => record.map(spreadsheetText));
  return stringify(safe, { bom: true, record_delimiter: 'windows', quote_record_delimiter: true });
}
