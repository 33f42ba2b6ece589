// "Check the coding" in the order worth an officer's time: answers not yet checked first, and among
// them those where the trained model and the keyword rules disagree, then those with a theme
// scored close to the line, then the rest in the order they came in.
import { type SqlBool, sql } from 'kysely';
import type { Db } from './connection.ts';
import { CODING_COLUMNS, type CodingRow, codingSource } from './review-repository.ts';

/** An automatic theme scored below this (the line is 0.5) was a close call. */
export const CLOSE_CALL_SCORE = 0.65;

const checked = sql<SqlBool>`exists (select 1 from answer_themes h where h.response_id = a.response_id and h.question = a.question and h.source = 'human')`;
const disputed = sql<SqlBool>`a.disputed_themes <> '[]'`;
const closeCall = sql<SqlBool>`exists (select 1 from answer_themes c where c.response_id = a.response_id and c.question = a.question and c.source = 'auto' and c.present = 1 and c.score < ${CLOSE_CALL_SCORE})`;
const flag = (condition: typeof checked) => sql<number>`case when ${condition} then 1 else 0 end`;

export interface QueuedCodingRow extends CodingRow {
  disputed: string[];
  close_call: number;
  checked: number;
}

const base = (db: Db, surveyId: string, question: string) =>
  codingSource(db).where('r.survey_id', '=', surveyId).where('a.question', '=', question);

export async function listCodingQueue(
  db: Db,
  surveyId: string,
  question: string,
  page: { limit: number; offset: number },
): Promise<QueuedCodingRow[]> {
  const rows = await base(db, surveyId, question)
    .select([
      ...CODING_COLUMNS,
      'a.disputed_themes',
      flag(closeCall).as('close_call'),
      flag(checked).as('checked'),
    ])
    .orderBy(flag(checked))
    .orderBy(flag(disputed), 'desc')
    .orderBy(flag(closeCall), 'desc')
    .orderBy('r.submitted_at')
    .orderBy('a.response_id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(({ disputed_themes, ...row }) => ({
    ...row,
    close_call: Number(row.close_call),
    checked: Number(row.checked),
    disputed: JSON.parse(disputed_themes) as string[],
  }));
}

export interface CodingProgress {
  /** Answers to the question. */
  total: number;
  /** Of those, answers an officer has coded. */
  checked: number;
  /** Answers not yet checked where the model and the rules disagree or a score was close. */
  toCheckFirst: number;
}

export async function codingProgress(
  db: Db,
  surveyId: string,
  question: string,
): Promise<CodingProgress> {
  const row = await base(db, surveyId, question)
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(flag(checked)).as('checked'),
      eb.fn
        .sum<number>(
          sql<number>`case when not ${checked} and (${disputed} or ${closeCall}) then 1 else 0 end`,
        )
        .as('first'),
    ])
    .executeTakeFirstOrThrow();
  return {
    total: Number(row.total),
    checked: Number(row.checked ?? 0),
    toCheckFirst: Number(row.first ?? 0),
  };
}
