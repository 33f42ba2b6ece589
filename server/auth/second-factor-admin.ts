// What an administrator decides about second factors: whether every password account needs one,
// and resetting one person's (a lost phone). Both audited in the transaction that makes them.

import { writeSetting } from '../../db/app-settings-repository.ts';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import { deleteSecondFactor } from '../../db/second-factors-repository.ts';
import { deletePasswordOnlySessions, deleteUserSessions } from '../../db/sessions-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { UserRow } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { REQUIRE_SECOND_FACTOR } from './sign-in.ts';

type Deps = Pick<AppDeps, 'db' | 'now'>;

/**
 * Turning the rule on ends every session made with a password alone, so nobody carries on
 * without a second factor; sessions through the identity provider or with a code go on.
 */
export async function setSecondFactorRequired(deps: Deps, actor: AuditActor, required: boolean) {
  const now = deps.now();
  return inTransaction(deps.db, async (trx) => {
    await writeSetting(trx, REQUIRE_SECOND_FACTOR, String(required), now.toISOString());
    const sessionsEnded = required ? await deletePasswordOnlySessions(trx) : 0;
    const details = { required, sessionsEnded };
    await audit(trx, { actor, action: 'settings.require_second_factor', details, at: now });
    return { requireSecondFactor: required };
  });
}

/** The person signs in with their password alone next, or sets up a new factor if required. */
export async function resetSecondFactor(deps: Deps, actor: AuditActor, user: UserRow) {
  const now = deps.now();
  await inTransaction(deps.db, async (trx) => {
    const removed = await deleteSecondFactor(trx, user.id);
    await deleteUserSessions(trx, user.id);
    const details = { email: user.email, removed };
    await audit(trx, { actor, action: 'second_factor.reset', target: user.id, details, at: now });
  });
}
