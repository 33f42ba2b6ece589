// The pass over the responses done before any quote text is read: every answer offers a stand-in
// for its text (equal for equal texts) and its length, so the pass picks the same quotes it would
// with the texts. The caller then reads the texts of the few answers picked (candidateKeys), puts
// them in (withTexts), and hands the result to buildReport in the input, which then counts nothing
// again.
import { buildCatalog, type Catalog } from './catalog.ts';
import { type Encoded, encodeResponses } from './encode.ts';
import type { ReportInput } from './input-types.ts';

export interface PreparedReport {
  /** The version the report is built for (undefined: all of them). */
  version: number | undefined;
  catalog: Catalog;
  encoded: Encoded;
}

export function prepareReport(input: ReportInput, version?: number): PreparedReport {
  const catalog = buildCatalog(input.versions, version);
  const encoded = encodeResponses(input, catalog, version !== undefined, 'stand-ins');
  return { version, catalog, encoded };
}

/** Keys `${responseId}:${question}` of the answers whose texts the report needs. */
export const candidateKeys = (prepared: PreparedReport) => prepared.encoded.quotes.keys();

/** The prepared pass with the candidates' texts (by key) in place of their stand-ins. */
export function withTexts(prepared: PreparedReport, texts: ReadonlyMap<string, string>) {
  prepared.encoded.quotes.replaceTexts(texts);
  return prepared;
}
