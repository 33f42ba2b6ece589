// The responses of a report and the analysis of their free text, read from the database. Normally
// one report_summaries row per response carries both (answer codes and stored summary); responses
// stored before those were are read from their answers JSON and their tag rows instead.
import type { FreeTextAnalysis, ReportResponse } from '../../analysis/report/input-types.ts';
import { CODES_FORMAT, isCurrentCodes } from '../../analysis/report/stored-codes.ts';
import {
  fingerprintOf,
  readSummary,
  type ThemeLists,
} from '../../analysis/report/summary-format.ts';
import type { Db } from '../../db/connection.ts';
import {
  countSurveyResponses,
  listReportRowPages,
  streamResponsesWithoutCodes,
} from '../../db/report-data-repository.ts';

export type FreeText = Map<string, Map<string, FreeTextAnalysis>>;

export interface ReportRows {
  responses: ReportResponse[];
  /** Analyses of responses that carry no stored `summary`, with stand-ins for their texts. */
  freeText: FreeText;
  /** Not yet tagged, or tagged before report_summaries existed and not yet filled in. */
  unsummarised: string[];
}

const NO_ANSWERS: Readonly<Record<string, unknown>> = Object.freeze({});

const channelOf = (channel: string) =>
  channel === 'paper' || channel === 'telephone' ? channel : 'online';

/** A stored summary as analyses, each with a stand-in for its text (its fingerprint). */
export function summaryAnalyses(summary: string, themeLists: ThemeLists) {
  const answers = new Map<string, FreeTextAnalysis>();
  readSummary(
    summary,
    (question, substantive, safeguarding, length, themes, source, start, end) => {
      answers.set(question, {
        substantive,
        themes,
        redacted: fingerprintOf(source, start, end),
        safeguarding,
        textLength: length,
      });
    },
    themeLists,
  );
  return answers;
}

/**
 * Responses with their stored answer codes and summaries, as strings a report decodes as it
 * counts. Only responses without codes in the current format have their answers JSON read.
 */
export async function readCoded(db: Db, surveyId: string, versionId?: string): Promise<ReportRows> {
  const read: ReportRows = { responses: [], freeText: new Map(), unsummarised: [] };
  const uncoded = new Map<string, string | null>();
  let coded = 0;
  for await (const page of listReportRowPages(db, surveyId, versionId)) {
    for (const row of page) {
      const codes = row.answer_codes;
      if (codes === null || !isCurrentCodes(codes)) {
        uncoded.set(row.response_id, row.summary);
        continue;
      }
      coded++;
      const response: ReportResponse = {
        id: row.response_id,
        versionId: row.version_id,
        answers: NO_ANSWERS,
        codes,
        submittedAt: row.submitted_at,
        channel: channelOf(row.channel),
      };
      if (row.summary === null) read.unsummarised.push(row.response_id);
      else response.summary = row.summary;
      read.responses.push(response);
    }
  }
  if ((await countSurveyResponses(db, surveyId, versionId)) === coded) return read;
  for await (const row of streamResponsesWithoutCodes(db, surveyId, CODES_FORMAT, versionId)) {
    const summary = uncoded.get(row.id) ?? null;
    read.responses.push({
      id: row.id,
      versionId: row.version_id,
      answers: JSON.parse(row.answers) as Record<string, unknown>,
      ...(summary === null ? {} : { summary }),
      submittedAt: row.submitted_at,
      channel: channelOf(row.channel),
    });
    if (summary === null) read.unsummarised.push(row.id);
  }
  return read;
}
