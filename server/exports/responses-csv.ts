// A CSV of raw answers, one row per response. No route serves it any more (officers get the
// redacted responses-export instead); only server/exports/export-bench.ts still measures it.
// UTF-8 with a BOM and CRLF so Excel opens it with the right characters.
import { stringify } from 'csv-stringify/sync';
import {
  type Cell,
  type Column,
  type CsvLayout,
  type CsvResponse,
  responseColumns,
} from './responses-columns.ts';
import { completeLayout, type ResponsesCsvInput } from './responses-layout.ts';

export type { CsvLayout, CsvQuestion, CsvResponse } from './responses-columns.ts';
export type { ResponsesCsvInput } from './responses-layout.ts';

// Large enough that csv-stringify's per-call cost vanishes, small enough to keep memory flat.
const ROWS_PER_CHUNK = 1000;

const CSV_OPTIONS = {
  record_delimiter: 'windows',
  // Giving a record delimiter turns off quoting of a lone \n or \r unless asked for again.
  quote_record_delimiter: true,
  // No escape_formulas: every cell and header is escaped by its column already (the one rule the
  // XLSX export shares), and the library's second pass cost a sixth of the time at 100,000 rows.
} as const;

const encode = (records: Cell[][], bom: boolean) => stringify(records, { ...CSV_OPTIONS, bom });

const record = (columns: readonly Column[], row: CsvResponse) => columns.map((c) => c.cell(row));

function* chunksOf(columns: readonly Column[], rows: Iterable<CsvResponse>): Generator<string> {
  let batch: Cell[][] = [];
  for (const row of rows) {
    batch.push(record(columns, row));
    if (batch.length === ROWS_PER_CHUNK) {
      yield encode(batch, false);
      batch = [];
    }
  }
  if (batch.length > 0) yield encode(batch, false);
}

const headerChunk = (columns: readonly Column[]) => encode([columns.map((c) => c.header)], true);

/** The whole CSV as one string; the layout is completed from the rows themselves. */
export function responsesCsv(input: ResponsesCsvInput): string {
  const columns = responseColumns(completeLayout(input));
  return headerChunk(columns) + [...chunksOf(columns, input.rows)].join('');
}

async function* batches<T>(rows: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === ROWS_PER_CHUNK) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The same CSV as chunks of text, for a response body or a file stream. The layout must be given
 * up front (matrix rows, `-Comment` columns, themed questions): columns cannot change after the
 * header is sent.
 */
export async function* responsesCsvStream(
  layout: CsvLayout,
  rows: Iterable<CsvResponse> | AsyncIterable<CsvResponse>,
): AsyncGenerator<string> {
  const columns = responseColumns(layout);
  yield headerChunk(columns);
  for await (const batch of batches(rows)) yield* chunksOf(columns, batch);
}

/** The file name the server gives the download. */
export const responsesCsvFileName = (slug: string) => `${slug}-responses-unredacted.csv`;
