// A computed report as the file an officer downloads: every format carries the suppressed report,
// figures only, with approved quotes as the only words of parents. Fit to publish as it stands.
import type { ReportDocument } from '../../analysis/report/document/document-types.ts';
import type { Report } from '../../analysis/report/index.ts';
import { documentDocx } from '../exports/document-docx.ts';
import { documentHtml } from '../exports/document-html.ts';
import { easyReadDocx } from '../exports/easy-read-docx.ts';
import { reportCsv } from '../exports/report-csv.ts';
import { reportXlsx } from '../exports/report-xlsx.ts';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'docx', 'html', 'easy-read'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FileBody {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
  /** inline: a browser opening the address shows it (the printable page); saved under fileName. */
  disposition?: 'inline';
}

/** A report file, aggregate figures only; the DOCX and the printable page lay out `document`. */
export async function reportFile(
  report: Report,
  document: ReportDocument,
  format: Exclude<ReportFormat, 'json'>,
): Promise<FileBody> {
  const slug = report.survey.slug;
  switch (format) {
    case 'csv':
      return {
        body: reportCsv(report),
        contentType: 'text/csv; charset=utf-8',
        fileName: `${slug}-report.csv`,
      };
    case 'xlsx':
      return {
        body: await reportXlsx(report),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: `${slug}-report.xlsx`,
      };
    case 'docx':
      return {
        body: await documentDocx(document),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: `${slug}-report.docx`,
      };
    case 'html':
      return {
        body: documentHtml(document),
        contentType: 'text/html; charset=utf-8',
        fileName: `${slug}-report.html`,
        disposition: 'inline',
      };
    case 'easy-read':
      return {
        body: await easyReadDocx(report),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: `${slug}-easy-read.docx`,
      };
  }
}
