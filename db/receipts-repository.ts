// Reading what a receipt stands for. The receipts table holds only keyed tags (server/receipts.ts);
// a tag that matches nothing and one whose response was withdrawn look the same: no row.
import type { Db } from './connection.ts';
import { effectiveThemes } from './effective-themes.ts';
import type { SurveyRow } from './surveys-repository.ts';

export interface ReceiptHolder {
  responseId: string;
  survey: SurveyRow;
}

export async function findReceipt(db: Db, tag: string): Promise<ReceiptHolder | undefined> {
  const row = await db
    .selectFrom('receipts')
    .innerJoin('responses', 'responses.id', 'receipts.response_id')
    .select(['responses.id as responseId', 'responses.survey_id as surveyId'])
    .where('receipts.tag', '=', tag)
    .executeTakeFirst();
  if (!row) return undefined;
  const survey = await db
    .selectFrom('surveys')
    .selectAll()
    .where('id', '=', row.surveyId)
    .executeTakeFirstOrThrow();
  return { responseId: row.responseId, survey };
}

/** The themes the response's answers count under now (officers' codes win), sorted. */
export async function themesOfResponse(db: Db, responseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('answer_themes')
    .select(['response_id', 'question', 'theme_id', 'source', 'present'])
    .where('response_id', '=', responseId)
    .execute();
  const ids = new Set([...effectiveThemes(rows).themes.values()].flat());
  return [...ids].sort();
}

/** Whether any answer of the response was flagged for safeguarding and nobody has reviewed it. */
export async function hasUnreviewedFlag(db: Db, responseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('answer_analysis as a')
    .select('a.question')
    .where('a.response_id', '=', responseId)
    .where('a.safeguarding', '=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('safeguarding_reviews as r')
            .select('r.question')
            .whereRef('r.response_id', '=', 'a.response_id')
            .whereRef('r.question', '=', 'a.question'),
        ),
      ),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * An open survey later in the same series that this response is not yet linked to: the one a
 * parent with the receipt can answer next, linked.
 */
export async function nextLinkableSurvey(
  db: Db,
  survey: SurveyRow,
  responseId: string,
): Promise<SurveyRow | undefined> {
  if (!survey.series) return undefined;
  const since = survey.opens_at ?? survey.created_at;
  const rows = await db
    .selectFrom('surveys as s')
    .selectAll('s')
    .where('s.series', '=', survey.series)
    .where('s.status', '=', 'open')
    .where('s.id', '<>', survey.id)
    .where((eb) => eb(eb.fn.coalesce('s.opens_at', 's.created_at'), '>', since))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('response_links as l')
            .select('l.response_id')
            .where('l.previous_response_id', '=', responseId)
            .whereRef('l.survey_id', '=', 's.id'),
        ),
      ),
    )
    .execute();
  const when = (s: SurveyRow) => s.opens_at ?? s.created_at;
  return rows.sort((a, b) => when(a).localeCompare(when(b)))[0];
}
