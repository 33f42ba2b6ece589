// Deleting responses completely: every row that holds or points at one goes in the same
// transaction (foreign keys are on, so a table missed here fails the delete rather than leaving
// an answer's analysis behind). Used by retention, and by a parent withdrawing with a receipt.
import type { Db } from './connection.ts';
import { inTransaction } from './transaction.ts';

/** Tables with a response_id column; tests/http/retention.test.ts checks none is missing. */
export const TABLES_ABOUT_RESPONSES = [
  'answer_analysis',
  'answer_themes',
  'tag_jobs',
  'safeguarding_reviews',
  'quote_approvals',
  'report_summaries',
  'set_aside_responses',
  'idempotency_keys',
  'receipts',
  'response_links',
] as const;

/** Deletes these responses and everything about them; returns how many responses went. */
export async function deleteResponses(db: Db, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return inTransaction(db, async (trx) => {
    for (const table of TABLES_ABOUT_RESPONSES) {
      await trx.deleteFrom(table).where('response_id', 'in', ids).execute();
    }
    // A later response linked to one of these stays, no longer linked to anything.
    await trx.deleteFrom('response_links').where('previous_response_id', 'in', ids).execute();
    const result = await trx.deleteFrom('responses').where('id', 'in', ids).executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}

/** Ids of up to `limit` responses submitted before `hour` (an ISO time on the hour). */
export async function responsesSubmittedBefore(db: Db, hour: string, limit: number) {
  const rows = await db
    .selectFrom('responses')
    .select('id')
    .where('submitted_at', '<', hour)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
