// Which answers a report could quote, worked out before any quote text is read: the server gives
// each answer a stand-in for its text (equal for equal texts) and the text's length, runs the same
// pass that picks quotes, and then reads the texts of only the few answers still in the running.
// Offering a report only those answers (with their texts) chooses exactly the same quotes: the
// pool keeps the best entry of each distinct text, whatever order the offers come in.
import { buildCatalog } from './catalog.ts';
import { consentCheck, offerQuotes, quoteContext } from './encode.ts';
import type { ReportInput } from './input-types.ts';

/** Keys `${responseId}:${question}`; pass the same version the report will be built for. */
export function quoteCandidateKeys(input: ReportInput, version?: number): Set<string> {
  const catalog = buildCatalog(input.versions, version);
  const ctx = quoteContext(input);
  const quotable = consentCheck(catalog);
  const themedTexts = catalog.questions.filter((q) => q.kind === 'text' && q.themed);
  for (const response of input.responses) {
    if (version !== undefined && !catalog.versionIds.has(response.versionId)) continue;
    const analyses = input.freeText.get(response.id);
    if (analyses && quotable(response)) offerQuotes(ctx, themedTexts, response.id, analyses);
  }
  return ctx.pool.keys();
}
