// The document a report's DOCX and printable page lay out, and the JSON report carries: the
// suppressed report with the questionnaire's pages, the council's name and the survey's actions.
import { buildDocument } from '../../analysis/report/document/build-document.ts';
import type { ReportDocument } from '../../analysis/report/document/document-types.ts';
import { questionnairePages } from '../../analysis/report/document/questionnaire-pages.ts';
import type { Report, ReportInput } from '../../analysis/report/index.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : undefined);

export function reportDocumentFor(
  report: Report,
  input: ReportInput,
  survey: SurveyRow,
  options: {
    organisation: string;
    now: Date;
    themeAgreement?: { coded: number; percent?: number };
    summary?: string;
  },
): ReportDocument {
  return buildDocument(report, {
    organisation: options.organisation,
    pages: questionnairePages(input.versions),
    // The report carries public actions only ("What we will do").
    actions: report.actions ?? [],
    themeLabels: Object.fromEntries(input.themes.map((t) => [t.id, t.label])),
    reportDate: options.now.toISOString().slice(0, 10),
    themeAgreement: options.themeAgreement,
    summary: options.summary,
    opened: day(survey.opens_at),
    closed: day(survey.closes_at),
  });
}
