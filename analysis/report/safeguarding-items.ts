// Answers flagged as suggesting a child or parent may be at risk, for the officers' list that comes
// before any figures. Only the redacted text leaves here; the server adds each item's review status.
import { buildCatalog } from './catalog.ts';
import type { ReportInput } from './input-types.ts';

export interface SafeguardingItem {
  responseId: string;
  question: string;
  questionTitle: string;
  submittedAt: string;
  redacted: string;
}

/** Oldest first, so nothing flagged waits behind newer answers; then by response and question order. */
export function safeguardingItems(input: ReportInput, version?: number): SafeguardingItem[] {
  const catalog = buildCatalog(input.versions, version);
  const items: (SafeguardingItem & { order: number })[] = [];
  for (const response of input.responses) {
    if (version !== undefined && !catalog.versionIds.has(response.versionId)) continue;
    const analyses = input.freeText.get(response.id);
    if (!analyses) continue;
    for (const [question, analysis] of analyses) {
      if (!analysis.safeguarding) continue;
      const spec = catalog.byName.get(question);
      items.push({
        responseId: response.id,
        question,
        questionTitle: spec?.title ?? question,
        submittedAt: response.submittedAt,
        redacted: analysis.redacted,
        order: spec?.index ?? Number.MAX_SAFE_INTEGER,
      });
    }
  }
  items.sort(
    (a, b) =>
      (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0) ||
      (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0) ||
      a.order - b.order ||
      (a.question < b.question ? -1 : 1),
  );
  return items.map(({ order: _, ...item }) => item);
}
