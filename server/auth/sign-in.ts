// Signing in: throttle check, password check, then a new session, or a half-way record when a
// second factor is enrolled (or required and still to set up). Every attempt is audited.
import { readSetting } from '../../db/app-settings-repository.ts';
import { audit } from '../../db/audit-repository.ts';
import {
  clearLoginAttempts,
  deleteStaleLoginAttempts,
  findLoginAttempts,
  updateLoginAttempts,
} from '../../db/login-attempts-repository.ts';
import { deleteExpiredSignIns } from '../../db/pending-sign-ins-repository.ts';
import { findSecondFactor } from '../../db/second-factors-repository.ts';
import { deleteExpiredSessions } from '../../db/sessions-repository.ts';
import { findUserByEmail, setPasswordHash, type UserRow } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { afterFailure, lockRemainingMs, MAX_LOCK_MS, WINDOW_MS } from './login-throttle.ts';
import {
  costFor,
  hashPassword,
  needsRehash,
  type ScryptCost,
  verifyPassword,
} from './passwords.ts';
import { newSecret, normaliseEmail, sha256Hex } from './secrets.ts';
import { startPendingSignIn, startSession } from './session-start.ts';

/** The app_settings key of the admin's "every password account needs a second factor". */
export const REQUIRE_SECOND_FACTOR = 'require_second_factor';

export async function secondFactorRequired(db: Deps['db']): Promise<boolean> {
  return (await readSetting(db, REQUIRE_SECOND_FACTOR)) === 'true';
}

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

export type SignInResult =
  | { kind: 'signed_in'; user: UserRow; sessionToken: string; csrfToken: string }
  | { kind: 'second_factor' | 'enrol'; user: UserRow; pendingToken: string }
  | { kind: 'invalid' }
  | { kind: 'locked'; retryAfterSeconds: number };

// Unknown e-mails are checked against this so that they take as long as known ones.
const dummyHashes = new Map<number, Promise<string>>();
function dummyHash(cost: ScryptCost) {
  let hash = dummyHashes.get(cost.ln);
  if (!hash) {
    hash = hashPassword(newSecret(), cost);
    hash.catch(() => dummyHashes.delete(cost.ln));
    dummyHashes.set(cost.ln, hash);
  }
  return hash;
}

/** Computes the dummy hash ahead, so that not even the first unknown e-mail is slower. */
export function warmUpSignIn(deps: Pick<Deps, 'config'>) {
  dummyHash(costFor(deps.config.passwordHashing)).catch(() => {});
}

// What the audit log may record as the actor of a failed sign-in: typing a password into the
// e-mail box is common, and it must not end up in the log.
const loggableEmail = (email: string) =>
  /^[^\s@]{1,64}@[^\s@]{1,255}$/.test(email) ? email : '(not an e-mail address)';

export async function signIn(
  deps: Deps,
  rawEmail: string,
  password: string,
): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const key = sha256Hex(email);
  const now = deps.now();
  const cost = costFor(deps.config.passwordHashing);

  const user = await findUserByEmail(deps.db, email);
  const actor = user
    ? { id: user.id, email: user.email }
    : { id: null, email: loggableEmail(email) };
  const fail = (reason: string) =>
    audit(deps.db, {
      actor,
      action: 'login.failure',
      target: user?.id,
      details: { reason },
      at: now,
    });

  const lockedMs = lockRemainingMs(await findLoginAttempts(deps.db, key), now);
  if (lockedMs > 0) {
    await fail('locked');
    return { kind: 'locked', retryAfterSeconds: Math.ceil(lockedMs / 1000) };
  }

  const stored = user?.password_hash ?? (await dummyHash(cost));
  const matches = await verifyPassword(password, stored);
  if (!user || !matches || !user.password_hash || user.disabled === 1) {
    await updateLoginAttempts(deps.db, key, (row) => afterFailure(row, now));
    const reason = !user ? 'unknown_email' : user.disabled === 1 ? 'disabled' : 'wrong_password';
    await fail(reason);
    return { kind: 'invalid' };
  }

  await clearLoginAttempts(deps.db, key);
  if (needsRehash(user.password_hash, cost)) {
    await setPasswordHash(deps.db, user.id, await hashPassword(password, cost), now.toISOString());
  }
  // Housekeeping rides on sign-ins: rare, and every instance does it, so no scheduler is needed.
  await deleteExpiredSessions(deps.db, now.toISOString());
  await deleteStaleLoginAttempts(deps.db, {
    windowStartedBefore: new Date(now.getTime() - WINDOW_MS).toISOString(),
    lockedUntilBefore: new Date(now.getTime() - MAX_LOCK_MS).toISOString(),
  });
  await deleteExpiredSignIns(deps.db, now.toISOString());

  const factor = await findSecondFactor(deps.db, user.id);
  const next =
    factor?.confirmed === 1
      ? 'second_factor'
      : (await secondFactorRequired(deps.db))
        ? 'enrol'
        : undefined;
  if (next) {
    const details = { step: 'password' };
    await audit(deps.db, {
      actor,
      action: `login.${next}_needed`,
      target: user.id,
      details,
      at: now,
    });
    return { kind: next, user, pendingToken: await startPendingSignIn(deps, user, next) };
  }
  const session = await startSession(deps, deps.db, user, 'password');
  await audit(deps.db, { actor, action: 'login.success', target: user.id, at: now });
  return { kind: 'signed_in', ...session };
}
