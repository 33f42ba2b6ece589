// The report as a Word document: the report document (analysis/report/document) laid out by
// document-docx.ts. Without a context (pages, council name), questions follow the report's order
// under one section; the route passes the questionnaire's pages (server/reports/report-document.ts).
import { buildDocument } from '../../analysis/report/document/build-document.ts';
import type { DocumentContext } from '../../analysis/report/document/document-types.ts';
import type { Report } from '../../analysis/report/report-types.ts';
import { documentDocx } from './document-docx.ts';

export const DEFAULT_CONTEXT: DocumentContext = {
  organisation: 'Your council',
  pages: [],
  actions: [],
};

export const reportDocx = (report: Report, context: Partial<DocumentContext> = {}) =>
  documentDocx(buildDocument(report, { ...DEFAULT_CONTEXT, ...context }));
