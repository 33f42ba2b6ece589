// The one rule every report read applies: a response in a batch an officer set aside (and did not
// undo) is left out. Raw SQL so any query, on any table alias, can use the same condition.
import { type RawBuilder, sql } from 'kysely';

/** True for a response that is not set aside; `responseId` is the column holding its id. */
export function notSetAside(responseId: string): RawBuilder<boolean> {
  return sql<boolean>`not exists (select 1 from set_aside_responses sa where sa.response_id = ${sql.ref(responseId)} and sa.active = 1)`;
}
