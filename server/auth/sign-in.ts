// Signing in: throttle check, password check, new session. Every attempt is audited.
import { audit } from '../../db/audit-repository.ts';
import {
  clearLoginAttempts,
  deleteStaleLoginAttempts,
  findLoginAttempts,
  updateLoginAttempts,
} from '../../db/login-attempts-repository.ts';
import { deleteExpiredSessions, insertSession } from '../../db/sessions-repository.ts';
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

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

export type SignInResult =
  | { kind: 'signed_in'; user: UserRow; sessionToken: string; csrfToken: string }
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
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  await insertSession(deps.db, {
    id: sha256Hex(sessionToken),
    userId: user.id,
    csrfToken,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000).toISOString(),
  });
  await audit(deps.db, { actor, action: 'login.success', target: user.id, at: now });
  // Housekeeping rides on sign-ins: rare, and every instance does it, so no scheduler is needed.
  await deleteExpiredSessions(deps.db, now.toISOString());
  await deleteStaleLoginAttempts(deps.db, {
    windowStartedBefore: new Date(now.getTime() - WINDOW_MS).toISOString(),
    lockedUntilBefore: new Date(now.getTime() - MAX_LOCK_MS).toISOString(),
  });
  return { kind: 'signed_in', user, sessionToken, csrfToken };
}
