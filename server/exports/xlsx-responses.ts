// The workbook's responses sheet: one row per response, streamed a chunk at a time so that 100,000
// responses never sit in memory as cell objects. Rows come already redacted (see
// analysis/report/responses-table.ts); only spreadsheet safety is added here.
import type { Cell, Worksheet } from 'exceljs';
import type { TableCell } from '../../analysis/report/index.ts';
import { spreadsheetText } from './cell-safety.ts';

export interface ResponsesSheet {
  headers: readonly string[];
  /** Sparse rows (an empty cell is a hole, which costs exceljs nothing), in chunks. */
  chunks: AsyncIterable<TableCell[][]>;
}

/** Makes the row's text cells safe in place (forEach skips the holes). */
function makeSafe(cells: TableCell[]) {
  cells.forEach((cell, i) => {
    if (typeof cell === 'string') cells[i] = spreadsheetText(cell);
  });
  return cells;
}

export async function writeResponsesSheet(ws: Worksheet, sheet: ResponsesSheet) {
  ws.columns = sheet.headers.map((_, i) => ({ width: i < 3 ? 12 : 24 }));
  const header = ws.addRow(sheet.headers.map(spreadsheetText));
  header.font = { bold: true };
  header.commit();
  // exceljs gives each new cell a style object of its own and caches the written style by object,
  // so without one shared plain style every cell of 100,000 rows would have its style serialised.
  const plain = {};
  const share = (cell: Cell) => {
    cell.style = plain;
  };
  for await (const chunk of sheet.chunks) {
    for (const cells of chunk) {
      const row = ws.addRow(makeSafe(cells));
      row.eachCell(share);
      row.commit();
    }
  }
}
