// A computed report as the file an officer downloads. Only the raw responses CSV is unredacted;
// every other format carries the suppressed report with approved quotes only.
import type { Report, ReportInput } from '../../analysis/report/index.ts';
import { reportDocx } from '../exports/report-docx.ts';
import { reportHtml } from '../exports/report-html.ts';
import { reportXlsx } from '../exports/report-xlsx.ts';
import type { CsvQuestion, CsvResponse } from '../exports/responses-csv.ts';
import { responsesCsv, responsesCsvFileName } from '../exports/responses-csv.ts';
import type { ResponsesSheet } from '../exports/xlsx-responses.ts';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'docx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FileBody {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
  /** inline: a browser opening the address shows it (the printable page); saved under fileName. */
  disposition?: 'inline';
}

/** One column per question of the newest version, in its order, with titles for people. */
function csvQuestions(input: ReportInput): CsvQuestion[] {
  const latest = input.versions.at(-1);
  const json = latest?.json as
    | { pages?: { elements?: unknown[] }[]; elements?: unknown[] }
    | undefined;
  const seen = new Set<string>();
  const out: CsvQuestion[] = [];
  const visit = (elements: unknown[] | undefined) => {
    for (const element of elements ?? []) {
      const e = element as {
        name?: unknown;
        title?: unknown;
        type?: unknown;
        elements?: unknown[];
        rows?: unknown[];
      };
      if (e.type === 'panel') visit(e.elements);
      if (typeof e.name !== 'string' || seen.has(e.name) || e.type === 'html' || e.type === 'panel')
        continue;
      seen.add(e.name);
      const rows =
        e.type === 'matrix'
          ? (e.rows ?? []).map((r) =>
              String(typeof r === 'object' && r !== null && 'value' in r ? r.value : r),
            )
          : undefined;
      const title =
        typeof e.title === 'string'
          ? e.title
          : typeof e.title === 'object' && e.title !== null && 'default' in e.title
            ? String(e.title.default)
            : e.name;
      out.push({ name: e.name, title, ...(rows ? { rows } : {}) });
    }
  };
  for (const page of json?.pages ?? []) visit(page.elements);
  visit(json?.elements);
  return out;
}

export function responsesCsvFile(input: ReportInput, slug: string): FileBody {
  const versionNumber = new Map(input.versions.map((v) => [v.id, v.version]));
  const rows: CsvResponse[] = input.responses.map((r) => {
    const themes: Record<string, readonly string[]> = {};
    for (const [question, analysis] of input.freeText.get(r.id) ?? [])
      themes[question] = analysis.themes;
    return {
      id: r.id,
      submittedAt: r.submittedAt,
      version: versionNumber.get(r.versionId) ?? 0,
      channel: r.channel ?? 'online',
      answers: r.answers,
      themes,
    };
  });
  const themedQuestions = [...new Set(input.versions.flatMap((v) => v.settings.themedQuestions))];
  const body = responsesCsv({
    questions: csvQuestions(input),
    themeIds: input.themes.map((t) => t.id),
    themedQuestions,
    rows,
  });
  return { body, contentType: 'text/csv; charset=utf-8', fileName: responsesCsvFileName(slug) };
}

/** A report file; the workbook also gets the responses sheet when it is given. */
export async function reportFile(
  report: Report,
  format: Exclude<ReportFormat, 'json' | 'csv'>,
  responses?: ResponsesSheet,
): Promise<FileBody> {
  const slug = report.survey.slug;
  switch (format) {
    case 'xlsx':
      return {
        body: await reportXlsx(report, responses),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: `${slug}-report.xlsx`,
      };
    case 'docx':
      return {
        body: await reportDocx(report),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: `${slug}-report.docx`,
      };
    case 'html':
      return {
        body: reportHtml(report),
        contentType: 'text/html; charset=utf-8',
        fileName: `${slug}-report.html`,
        disposition: 'inline',
      };
  }
}
