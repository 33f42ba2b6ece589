// Which answers a report could quote, worked out before any quote text is read: the server gives
// each answer a stand-in for its text (equal for equal texts) and the text's length, runs the same
// pass that picks quotes, and then reads the texts of only the few answers still in the running.
// Offering a report only those answers (with their texts) chooses exactly the same quotes: the
// pool keeps the best entry of each distinct text, whatever order the offers come in.
import { buildCatalog } from './catalog.ts';
import type { TextSource } from './column-builders.ts';
import type { ReportInput } from './input-types.ts';
import { consentCheck, offerResponseQuotes, quoteContext } from './quote-offers.ts';
import { SummaryRow } from './summary-row.ts';

/** Keys `${responseId}:${question}`; pass the same version the report will be built for. */
export function quoteCandidateKeys(input: ReportInput, version?: number): Set<string> {
  const catalog = buildCatalog(input.versions, version);
  const ctx = quoteContext(input);
  const quotable = consentCheck(catalog);
  const themedTexts = catalog.questions.filter((q) => q.kind === 'text' && q.themed);
  const summaryRow = new SummaryRow(catalog);
  const text: TextSource = { row: undefined, analyses: undefined, themeIndex: ctx.themeIndex };
  for (const response of input.responses) {
    if (version !== undefined && !catalog.versionIds.has(response.versionId)) continue;
    if (!quotable(response)) continue;
    text.row = response.summary === undefined ? undefined : summaryRow.load(response.summary);
    text.analyses = input.freeText.get(response.id);
    offerResponseQuotes(ctx, themedTexts, response.id, text, 'stand-ins');
  }
  return ctx.pool.keys();
}
