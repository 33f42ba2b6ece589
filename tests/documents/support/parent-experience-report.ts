// The report of "send-parent-experience" with 660 varied responses and 12 approved quotes, as the
// council's own report had, with the document its DOCX and printable page lay out.

import { buildReport } from '../../../analysis/report/build-report.ts';
import { buildDocument } from '../../../analysis/report/document/build-document.ts';
import type {
  DocumentContext,
  ReportDocument,
} from '../../../analysis/report/document/document-types.ts';
import { questionnairePages } from '../../../analysis/report/document/questionnaire-pages.ts';
import type { Report } from '../../../analysis/report/report-types.ts';
import { buildBenchInput } from '../../bench/report-bench.ts';

export function parentExperienceReport(extra: Partial<DocumentContext> = {}): {
  report: Report;
  document: ReportDocument;
} {
  const input = buildBenchInput(660, 7);
  const approved = input.responses
    .filter((_, i) => i % 55 === 0)
    .map((r) => `${r.id}:working_well`);
  const report = buildReport({ ...input, approvedQuotes: new Set(approved) }, { k: 10 });
  const document = buildDocument(report, {
    organisation: 'Example County Council',
    pages: questionnairePages(input.versions),
    actions: [],
    reportDate: '2026-03-02',
    ...extra,
  });
  return { report, document };
}
