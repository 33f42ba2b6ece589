// The responses sheet of the report's workbook, fed from the report's own pass over the responses:
// the redacted texts a chunk of rows shows are read just before it is written, so memory stays
// flat however many responses there are.
import { type ReportInput, responsesTable } from '../../analysis/report/index.ts';
import type { Db } from '../../db/connection.ts';
import { listAnswerTexts } from '../../db/report-data-repository.ts';
import type { ResponsesSheet } from '../exports/xlsx-responses.ts';

const ROWS_PER_CHUNK = 2000;

export function responsesSheet(db: Db, input: ReportInput, version?: number): ResponsesSheet {
  const table = responsesTable(input, version);
  async function* chunks() {
    for (let start = 0; start < table.size; start += ROWS_PER_CHUNK) {
      const end = Math.min(table.size, start + ROWS_PER_CHUNK);
      const ids: string[] = [];
      for (let row = start; row < end; row++) ids.push(table.responseId(row));
      const texts = await listAnswerTexts(db, ids);
      const rows = [];
      for (let row = start; row < end; row++) {
        const id = ids[row - start] as string;
        rows.push(table.cells(row, (question) => texts.get(`${id}:${question}`)));
      }
      yield rows;
    }
  }
  return { headers: table.headers, chunks: chunks() };
}
