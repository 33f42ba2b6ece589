// report_summaries: per tagged response, what a report needs of each free-text answer (flags,
// effective themes, and the length and fingerprint of the redacted text for choosing quotes),
// rewritten from answer_analysis and answer_themes in the same transaction as every change to them.
// The row is JSON keyed by question name; each value is "<flags> <length> <fingerprint> <themes…>"
// (flags: s substantive, g safeguarding, - neither; fingerprint - when the text is blank).
import { createHash } from 'node:crypto';
import type { Db } from './connection.ts';
import { answerKey, effectiveThemes } from './effective-themes.ts';

export interface AnswerSummary {
  substantive: boolean;
  safeguarding: boolean;
  themes: string[];
  /** Length of the redacted text. */
  length: number;
  /** Equal for equal redacted texts; empty when the text is blank. */
  fingerprint: string;
}

/** 64 bits of SHA-1: two different answers sharing one is vanishingly unlikely. */
const fingerprintOf = (text: string) =>
  text.trim() === '' ? '' : createHash('sha1').update(text).digest('hex').slice(0, 16);

export function encodeSummary(answers: ReadonlyMap<string, AnswerSummary>): string {
  const out: Record<string, string> = {};
  for (const [question, a] of answers) {
    const flags = `${a.substantive ? 's' : ''}${a.safeguarding ? 'g' : ''}` || '-';
    out[question] = [flags, a.length, a.fingerprint || '-', ...a.themes].join(' ');
  }
  return JSON.stringify(out);
}

/** Builds the caller's object for one answer straight from its fields (no object in between). */
export type SummaryReader<T> = (
  substantive: boolean,
  safeguarding: boolean,
  themes: readonly string[],
  length: number,
  fingerprint: string,
) => T;

/**
 * Decodes one row. `themeLists` shares one array per combination of themes across rows: a report
 * decodes 100,000 rows, and most answers repeat a few combinations.
 */
export function decodeSummary<T>(
  summary: string,
  read: SummaryReader<T>,
  themeLists: Map<string, readonly string[]> = new Map(),
): Map<string, T> {
  const answers = new Map<string, T>();
  for (const [question, value] of Object.entries(JSON.parse(summary) as Record<string, string>)) {
    const a = value.indexOf(' ');
    const b = value.indexOf(' ', a + 1);
    const c = value.indexOf(' ', b + 1);
    const flags = value.slice(0, a);
    const fingerprint = c < 0 ? value.slice(b + 1) : value.slice(b + 1, c);
    const rest = c < 0 ? '' : value.slice(c + 1);
    let themes = themeLists.get(rest);
    if (!themes) {
      themes = rest === '' ? [] : rest.split(' ');
      themeLists.set(rest, themes);
    }
    answers.set(
      question,
      read(
        flags.includes('s'),
        flags.includes('g'),
        themes,
        Number(value.slice(a + 1, b)),
        fingerprint === '-' ? '' : fingerprint,
      ),
    );
  }
  return answers;
}

const BATCH = 500;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Summaries computed from answer_analysis and answer_themes (officers' codes applied by the one
 * rule in effective-themes.ts). Responses without analysis rows get none.
 */
export async function summariseFromAnalysis(
  db: Db,
  responseIds: readonly string[],
): Promise<Map<string, Map<string, AnswerSummary>>> {
  const out = new Map<string, Map<string, AnswerSummary>>();
  for (const ids of batches([...new Set(responseIds)])) {
    const analysis = await db
      .selectFrom('answer_analysis')
      .select(['response_id', 'question', 'substantive', 'safeguarding', 'redacted'])
      .where('response_id', 'in', ids)
      .orderBy('response_id')
      .orderBy('question')
      .execute();
    if (analysis.length === 0) continue;
    const rows = await db
      .selectFrom('answer_themes')
      .select(['response_id', 'question', 'theme_id', 'source', 'present'])
      .where('response_id', 'in', ids)
      .orderBy('response_id')
      .orderBy('question')
      .orderBy('theme_id')
      .orderBy('source')
      .execute();
    const { themes } = effectiveThemes(rows);
    for (const a of analysis) {
      const answers = out.get(a.response_id) ?? new Map<string, AnswerSummary>();
      answers.set(a.question, {
        substantive: a.substantive === 1,
        safeguarding: a.safeguarding === 1,
        themes: themes.get(answerKey(a.response_id, a.question)) ?? [],
        length: a.redacted.length,
        fingerprint: fingerprintOf(a.redacted),
      });
      out.set(a.response_id, answers);
    }
  }
  return out;
}

/**
 * Rewrites the summaries of these responses from their analysis. Call it inside the transaction
 * that changed answer_analysis or answer_themes, so a report never sees one without the other.
 */
export async function refreshReportSummaries(trx: Db, responseIds: readonly string[]) {
  const summaries = await summariseFromAnalysis(trx, responseIds);
  for (const ids of batches([...new Set(responseIds)])) {
    await trx.deleteFrom('report_summaries').where('response_id', 'in', ids).execute();
    const responses = await trx
      .selectFrom('responses')
      .select(['id', 'survey_id'])
      .where('id', 'in', ids)
      .execute();
    if (responses.length === 0) continue;
    const values = responses.map((r) => ({
      response_id: r.id,
      survey_id: r.survey_id,
      summary: encodeSummary(summaries.get(r.id) ?? new Map()),
    }));
    await trx.insertInto('report_summaries').values(values).execute();
  }
}

/**
 * Fills in summaries for responses tagged before report_summaries existed, a batch at a time;
 * returns how many it wrote (0 once every tagged response has one).
 */
export async function backfillReportSummaries(db: Db, limit = BATCH): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // One look-up per response rather than per analysed answer: once every summary is there, this
    // still reads the whole table, so the tag worker asks once per process.
    const missing = await trx
      .selectFrom('responses as r')
      .select('r.id')
      .where(({ and, exists, not, selectFrom }) =>
        and([
          not(
            exists(
              selectFrom('report_summaries as s')
                .select('s.response_id')
                .whereRef('s.response_id', '=', 'r.id'),
            ),
          ),
          exists(
            selectFrom('answer_analysis as a')
              .select('a.response_id')
              .whereRef('a.response_id', '=', 'r.id'),
          ),
        ]),
      )
      .limit(limit)
      .execute();
    const ids = missing.map((m) => m.id);
    if (ids.length > 0) await refreshReportSummaries(trx, ids);
    return ids.length;
  });
}
