import type { ReportDocument, Run } from '../../../analysis/report/document/document-types.ts';
import { resetSummary, saveSummary } from '../entries-api.ts';
import { fetchReport, type ReportQuery, type Result } from '../officer-api.ts';
import { NarrativeEditor, type TextStore } from './narrative-editor.tsx';

/** Words as the officer typed them: bold runs back between "**". */
const marked = (text: string, runs: readonly Run[] | undefined) =>
  runs ? runs.map((r) => (r.bold ? `**${r.text}**` : r.text)).join('') : text;

/** The summary page's text as the document has it: the paragraphs under its "Summary" heading. */
export function summaryText(document: ReportDocument | undefined): string {
  const blocks = document?.blocks ?? [];
  const start = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Summary');
  if (start < 0) return '';
  const lines: string[] = [];
  for (const block of blocks.slice(start + 1)) {
    if (block.type === 'heading') break;
    if (block.type === 'paragraph') lines.push(marked(block.text, block.runs));
    if (block.type === 'list') {
      lines.push(block.items.map((item, i) => `- ${marked(item, block.runs?.[i])}`).join('\n'));
    }
  }
  return lines.join('\n\n');
}

interface SummarySectionProps {
  slug: string;
  query: ReportQuery;
  k: number;
  document: ReportDocument | undefined;
  /** Set when an officer wrote the summary. */
  edit?: { stale: boolean };
}

/** The report's summary page, drafted from the figures until an officer writes their own. */
export function SummarySection({ slug, query, k, document, edit }: SummarySectionProps) {
  const store: TextStore = {
    save: (text) => saveSummary(slug, text),
    async reset(): Promise<Result<string>> {
      const removed = await resetSummary(slug);
      const report = removed.ok ? await fetchReport(slug, query) : removed;
      return report.ok
        ? { ok: true, kind: 'ok', value: summaryText(report.value.document) }
        : report;
    },
    stale: edit?.stale === true,
    staleWarning: (
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">Warning: </span>
          The figures have changed since this summary was written (answers added, re-coded or set
          aside). Check it still holds.
        </p>
      </div>
    ),
  };
  return (
    <section aria-labelledby="summary-heading">
      <h2 className="heading-l" id="summary-heading">
        Summary
      </h2>
      <p className="body">
        The summary page of the report files. It is drafted from the figures; you can write your own
        instead.
      </p>
      <NarrativeEditor
        slug={slug}
        question="summary"
        title="Summary"
        narrative={summaryText(document)}
        k={k}
        query={query}
        store={store}
      />
    </section>
  );
}
