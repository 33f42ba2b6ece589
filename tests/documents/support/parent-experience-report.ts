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

/**
 * `quotes: 'spread'` approves the 12 quotes round the themed questions (each under its own
 * heading, as an officer choosing the best of each question would), not all from one question.
 */
export function parentExperienceReport(
  extra: Partial<DocumentContext> = {},
  quotes: 'one question' | 'spread' = 'one question',
): {
  report: Report;
  document: ReportDocument;
} {
  const input = buildBenchInput(660, 7);
  const approved =
    quotes === 'spread'
      ? spreadQuotes(input)
      : input.responses.filter((_, i) => i % 55 === 0).map((r) => `${r.id}:working_well`);
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

function spreadQuotes(input: ReturnType<typeof buildBenchInput>): string[] {
  const themed = input.versions[0]?.settings.themedQuestions ?? [];
  const keys: string[] = [];
  const used = new Set<string>();
  for (let i = 0; keys.length < 12 && i < 12 * themed.length; i++) {
    const question = themed[i % themed.length] ?? '';
    const r = input.responses.find(
      (r) =>
        !used.has(r.id) &&
        r.answers.quote_consent === 'yes' &&
        input.freeText.get(r.id)?.get(question)?.substantive,
    );
    if (!r) continue;
    used.add(r.id);
    keys.push(`${r.id}:${question}`);
    // The bench has five comments; a parent's own words make each quote distinct, as they are.
    const analysis = input.freeText.get(r.id)?.get(question);
    if (analysis) {
      analysis.redacted = `${analysis.redacted} Parent ${keys.length} said this.`;
      input.approvedTexts = new Map([
        ...(input.approvedTexts ?? []),
        [keys.at(-1) ?? '', analysis.redacted],
      ]);
    }
  }
  return keys;
}
