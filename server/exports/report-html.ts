// The report as one printable web page: the report document (analysis/report/document) laid out
// by document-html.ts, with the same content as the Word file.
import { buildDocument } from '../../analysis/report/document/build-document.ts';
import type { DocumentContext } from '../../analysis/report/document/document-types.ts';
import type { Report } from '../../analysis/report/report-types.ts';
import { documentHtml } from './document-html.ts';
import { DEFAULT_CONTEXT } from './report-docx.ts';

export const reportHtml = (report: Report, context: Partial<DocumentContext> = {}) =>
  documentHtml(buildDocument(report, { ...DEFAULT_CONTEXT, ...context }));
