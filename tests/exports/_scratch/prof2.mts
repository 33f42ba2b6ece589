import { stringify } from 'csv-stringify/sync';
import { benchResponses } from '../../../server/exports/bench-data.ts';
import { responseColumns } from '../../../server/exports/responses-columns.ts';
import { completeLayout } from '../../../server/exports/responses-layout.ts';
const input = benchResponses(100000);
const cols = responseColumns(completeLayout(input));
const recs = input.rows.map((r) => cols.map((c) => c.cell(r)));
for (const opts of [{}, { record_delimiter: 'windows' as const }, { record_delimiter: 'windows' as const, quote_record_delimiter: true }, { escape_formulas: true }]) {
  let t = performance.now();
  const s = stringify(recs, opts);
  console.log(JSON.stringify(opts), 'whole', Math.round(performance.now() - t), s.length);
}
