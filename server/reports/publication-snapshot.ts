// What a publication stores: the document of the chosen questions, built from the report exactly
// as the published files are (approved quotes only, every threshold from the floor up), and a
// keyed hash of every response it counted, to compare it with the publications before it.
import { createHmac } from 'node:crypto';
import type { ReportDocument } from '../../analysis/report/document/document-types.ts';
import { publicationDocument } from '../../analysis/report/document/publication-document.ts';
import { questionnairePages } from '../../analysis/report/document/questionnaire-pages.ts';
import { buildReport } from '../../analysis/report/index.ts';
import { listApprovedQuotes, listQuoteExcerpts } from '../../db/review-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { reportedAgreement } from '../services/theme-agreement.ts';
import { loadReportInput } from './report-input.ts';

export interface Snapshot {
  document: ReportDocument;
  responseTags: string[];
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : undefined);

/**
 * Keyed with the server's secret: a tag outlives a withdrawn response, and without the secret
 * it cannot be matched to a response id anyone kept.
 */
export const responseTag = (secret: Buffer, responseId: string) =>
  createHmac('sha256', secret).update(`publication:${responseId}`).digest('base64url').slice(0, 22);

export async function buildSnapshot(
  deps: AppDeps,
  survey: SurveyRow,
  questions: readonly string[],
  publishedOn: string,
): Promise<Snapshot> {
  const input = await loadReportInput(deps.db, survey, {
    quoteMode: 'published',
    approvedQuotes: await listApprovedQuotes(deps.db, survey.id),
    quoteExcerpts: await listQuoteExcerpts(deps.db, survey.id),
  });
  const k = deps.config.suppressionK;
  const report = buildReport(input, { k, lowestK: k });
  const document = publicationDocument(
    report,
    {
      organisation: deps.config.organisationName,
      pages: questionnairePages(input.versions),
      actions: [],
      themeAgreement: await reportedAgreement(deps.db, survey.id),
      opened: day(survey.opens_at),
      closed: day(survey.closes_at),
      publishedOn,
    },
    questions,
  );
  return {
    document,
    responseTags: input.responses.map((r) => responseTag(deps.appSecret, r.id)),
  };
}
