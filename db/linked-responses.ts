// Pairs of answers from the same parent, linked by their receipt (response_links): a response to
// this survey and their response to the previous one. Set-aside responses are left out.
import type { Db } from './connection.ts';
import { notSetAside } from './set-aside-filter.ts';

export interface LinkedAnswers {
  previous: Record<string, unknown>;
  current: Record<string, unknown>;
}

const parse = (json: string): Record<string, unknown> => {
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
};

export async function linkedAnswers(db: Db, surveyId: string): Promise<LinkedAnswers[]> {
  const rows = await db
    .selectFrom('response_links as l')
    .innerJoin('responses as now', 'now.id', 'l.response_id')
    .innerJoin('responses as prev', 'prev.id', 'l.previous_response_id')
    .select(['now.answers as current', 'prev.answers as previous'])
    .where('l.survey_id', '=', surveyId)
    .where(notSetAside('now.id'))
    .where(notSetAside('prev.id'))
    .execute();
  return rows.map((r) => ({ previous: parse(r.previous), current: parse(r.current) }));
}
