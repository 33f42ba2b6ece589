// How repeated failed sign-ins for one account are slowed down. Counting per account rather
// than per address keeps addresses out of the database; the cost is that anyone who knows an
// officer's e-mail can lock that account for up to an hour, and an admin reset clears it.
import type { LoginAttemptsRow } from '../../db/login-attempts-repository.ts';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 60 * 60_000;

type Attempts = Omit<LoginAttemptsRow, 'key'>;

/** Milliseconds until the account may try again, or 0. */
export function lockRemainingMs(row: Attempts | undefined, now: Date): number {
  if (!row?.locked_until) return 0;
  return Math.max(0, Date.parse(row.locked_until) - now.getTime());
}

/**
 * Fewer than five failures are forgotten 15 minutes after the first. The fifth within that
 * window locks the account for a minute, and each failure after a lock doubles it, up to an hour;
 * once locked, the count is forgotten only after a quiet hour (or at a successful sign-in).
 */
export function afterFailure(row: Attempts | undefined, now: Date): Attempts {
  const at = now.getTime();
  const stale =
    !row ||
    (row.failures < MAX_FAILURES
      ? at - Date.parse(row.window_started_at) > WINDOW_MS
      : at - Date.parse(row.locked_until ?? row.window_started_at) > MAX_LOCK_MS);
  if (!row || stale) {
    return { failures: 1, window_started_at: now.toISOString(), locked_until: null };
  }
  const failures = row.failures + 1;
  if (failures < MAX_FAILURES) return { ...row, failures };
  const lockMs = Math.min(FIRST_LOCK_MS * 2 ** (failures - MAX_FAILURES), MAX_LOCK_MS);
  return { ...row, failures, locked_until: new Date(at + lockMs).toISOString() };
}
