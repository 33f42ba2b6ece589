// Data minimisation: with RETENTION_MONTHS set, responses older than that are deleted, with
// everything about them, on a schedule, and each deletion is audited in its own transaction.
import { audit } from '../../db/audit-repository.ts';
import type { Db } from '../../db/connection.ts';
import { deleteResponses, responsesSubmittedBefore } from '../../db/response-deletion.ts';
import { inTransaction } from '../../db/transaction.ts';
import { truncateToHour } from '../time.ts';

/** Deleted at most this many at a time, so a first run on years of data never holds a long lock. */
const BATCH = 500;

export const RETENTION_ACTOR = { id: null, email: 'retention' };

/** The hour before which responses are older than `months` months at `now`. */
export function retentionCutoff(now: Date, months: number): string {
  const cutoff = new Date(now.getTime());
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  // 31 August less six months is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0));
  cutoff.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return truncateToHour(cutoff);
}

export interface RetentionDeps {
  db: Db;
  now: () => Date;
}

/** Deletes every response submitted before the cutoff; returns how many. */
export async function deleteExpiredResponses(deps: RetentionDeps, months: number): Promise<number> {
  const at = deps.now();
  const cutoff = retentionCutoff(at, months);
  let total = 0;
  for (;;) {
    const deleted = await inTransaction(deps.db, async (trx) => {
      const ids = await responsesSubmittedBefore(trx, cutoff, BATCH);
      const n = await deleteResponses(trx, ids);
      if (n > 0) {
        await audit(trx, {
          actor: RETENTION_ACTOR,
          action: 'retention.delete',
          details: { cutoff, months, deleted: n },
          at,
        });
      }
      return n;
    });
    total += deleted;
    if (deleted < BATCH) return total;
  }
}
