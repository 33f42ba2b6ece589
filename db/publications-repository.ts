// Published results: snapshots of a report's chosen questions, and the keyed hashes of the
// responses each counted. The document is stored whole, so the public page never recomputes it.
import type { ReportDocument } from '../analysis/report/document/document-types.ts';
import type { Db } from './connection.ts';

export interface PublicationSummary {
  id: string;
  number: number;
  questions: string[];
  k: number;
  responses: number;
  publishedBy: string;
  publishedOn: string;
  unpublishedOn: string | null;
}

export interface Publication extends PublicationSummary {
  document: ReportDocument;
}

const SUMMARY_COLUMNS = [
  'id',
  'number',
  'questions',
  'k',
  'responses',
  'published_by',
  'published_on',
  'unpublished_on',
] as const;

interface SummaryRow {
  id: string;
  number: number;
  questions: string;
  k: number;
  responses: number;
  published_by: string;
  published_on: string;
  unpublished_on: string | null;
}

const summaryOf = (r: SummaryRow): PublicationSummary => ({
  id: r.id,
  number: r.number,
  questions: JSON.parse(r.questions) as string[],
  k: r.k,
  responses: r.responses,
  publishedBy: r.published_by,
  publishedOn: r.published_on,
  unpublishedOn: r.unpublished_on,
});

/** Every publication of the survey, newest first, without their documents. */
export async function listPublications(db: Db, surveyId: string): Promise<PublicationSummary[]> {
  const rows = await db
    .selectFrom('publications')
    .select(SUMMARY_COLUMNS)
    .where('survey_id', '=', surveyId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(summaryOf);
}

/** The newest publication of the survey, published or withdrawn since; undefined if none. */
export async function latestPublication(
  db: Db,
  surveyId: string,
): Promise<Publication | undefined> {
  const row = await db
    .selectFrom('publications')
    .select([...SUMMARY_COLUMNS, 'document'])
    .where('survey_id', '=', surveyId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...summaryOf(row), document: JSON.parse(row.document) as ReportDocument };
}

export interface NewPublication {
  id: string;
  surveyId: string;
  questions: string[];
  document: ReportDocument;
  k: number;
  /** Keyed hashes of the responses counted. */
  responseTags: readonly string[];
  by: string;
  /** YYYY-MM-DD */
  on: string;
}

const TAG_ROWS = 1000;

/** Stores the snapshot and its response tags; returns its number. Run in a transaction. */
export async function insertPublication(db: Db, p: NewPublication): Promise<number> {
  const last = await db
    .selectFrom('publications')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('survey_id', '=', p.surveyId)
    .executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  await db
    .insertInto('publications')
    .values({
      id: p.id,
      survey_id: p.surveyId,
      number,
      questions: JSON.stringify(p.questions),
      document: JSON.stringify(p.document),
      k: p.k,
      responses: p.responseTags.length,
      published_by: p.by,
      published_on: p.on,
      unpublished_by: null,
      unpublished_on: null,
    })
    .execute();
  // Sorted, so the rows' order says nothing about when each response arrived.
  const tags = [...new Set(p.responseTags)].sort();
  for (let i = 0; i < tags.length; i += TAG_ROWS) {
    await db
      .insertInto('publication_responses')
      .values(tags.slice(i, i + TAG_ROWS).map((t) => ({ publication_id: p.id, response_tag: t })))
      .execute();
  }
  return number;
}

async function countMissing(db: Db, from: string, notIn: string): Promise<number> {
  const row = await db
    .selectFrom('publication_responses as a')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('a.publication_id', '=', from)
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('publication_responses as b')
            .select('b.response_tag')
            .where('b.publication_id', '=', notIn)
            .whereRef('b.response_tag', '=', 'a.response_tag'),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Responses counted by one publication and not the other, both ways (added plus removed). */
export async function responsesChanged(db: Db, a: string, b: string): Promise<number> {
  return (await countMissing(db, a, b)) + (await countMissing(db, b, a));
}

/** Withdraws the publication from the public page; false if it already was. */
export async function markUnpublished(
  db: Db,
  id: string,
  by: string,
  on: string,
): Promise<boolean> {
  const result = await db
    .updateTable('publications')
    .set({ unpublished_by: by, unpublished_on: on })
    .where('id', '=', id)
    .where('unpublished_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
