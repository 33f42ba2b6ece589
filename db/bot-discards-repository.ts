// Answers discarded as an obvious bot's: a count per survey and hour, nothing else.
import type { Db } from './connection.ts';

/** Adds one to the survey's count for the hour (an ISO string truncated to the hour). */
export async function recordBotDiscard(db: Db, surveyId: string, hour: string) {
  await db
    .insertInto('bot_discards')
    .values({ survey_id: surveyId, hour, discarded: 1 })
    .onConflict((oc) =>
      oc.columns(['survey_id', 'hour']).doUpdateSet((eb) => ({
        discarded: eb('bot_discards.discarded', '+', 1),
      })),
    )
    .execute();
}

export async function countBotDiscardsBySurvey(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('bot_discards')
    .select((eb) => ['survey_id', eb.fn.sum<number | string>('discarded').as('n')])
    .groupBy('survey_id')
    .execute();
  return new Map(rows.map((r) => [r.survey_id, Number(r.n)]));
}

export async function listBotDiscards(db: Db, surveyId: string) {
  return db
    .selectFrom('bot_discards')
    .select(['hour', 'discarded'])
    .where('survey_id', '=', surveyId)
    .orderBy('hour')
    .execute();
}

/** Bot discards in hours before `hour` (an ISO string on the hour), across surveys. */
export async function countBotDiscardsBefore(db: Db, hour: string): Promise<number> {
  const row = await db
    .selectFrom('bot_discards')
    .select((eb) => eb.fn.sum<number | string | null>('discarded').as('n'))
    .where('hour', '<', hour)
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}
