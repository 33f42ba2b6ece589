// The second step of a password sign-in: a code from the person's authenticator app, or one of
// their recovery codes. Wrong codes are throttled per account like wrong passwords, but on a count
// of their own: a correct password must not wipe the count of wrong codes that follow it.
import { audit } from '../../db/audit-repository.ts';
import {
  clearLoginAttempts,
  findLoginAttempts,
  updateLoginAttempts,
} from '../../db/login-attempts-repository.ts';
import {
  deletePendingSignIn,
  findPendingSignIn,
  type PendingPurpose,
} from '../../db/pending-sign-ins-repository.ts';
import {
  claimRecoveryCode,
  claimTotpStep,
  countUnusedRecoveryCodes,
  findSecondFactor,
} from '../../db/second-factors-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { findUserById, type UserRow } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';
import { afterFailure, lockRemainingMs } from './login-throttle.ts';
import { oneAtATime } from './one-at-a-time.ts';
import { sha256Hex } from './secrets.ts';
import { type NewSessionTokens, startSession } from './session-start.ts';
import { hashRecoveryCode, looksLikeTotp, matchingStep } from './totp.ts';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

export const secondFactorThrottleKey = (userId: string) => sha256Hex(`second-factor:${userId}`);

export type CodeResult =
  | ({ kind: 'signed_in' } & NewSessionTokens)
  | { kind: 'invalid' }
  | { kind: 'locked'; retryAfterSeconds: number };

const expired = () =>
  new AppError(
    401,
    'sign_in_expired',
    'This sign-in has expired or was already used. Sign in again with your password.',
  );

/** The live half-way sign-in's account, or a 401 asking to start again. */
export async function pendingUser(
  deps: Deps,
  pendingToken: string,
  purpose: PendingPurpose,
): Promise<UserRow> {
  const now = deps.now().toISOString();
  const pending = await findPendingSignIn(deps.db, sha256Hex(pendingToken), purpose, now);
  const user = pending && (await findUserById(deps.db, pending.user_id));
  if (!user || user.disabled === 1) throw expired();
  return user;
}

/** Milliseconds the account must wait before another code, or 0. */
export async function codeLockMs(deps: Deps, userId: string) {
  return lockRemainingMs(
    await findLoginAttempts(deps.db, secondFactorThrottleKey(userId)),
    deps.now(),
  );
}

export async function countWrongCode(deps: Deps, user: UserRow, reason: string) {
  const now = deps.now();
  await updateLoginAttempts(deps.db, secondFactorThrottleKey(user.id), (row) =>
    afterFailure(row, now),
  );
  const actor = { id: user.id, email: user.email };
  const details = { reason };
  await audit(deps.db, { actor, action: 'login.failure', target: user.id, details, at: now });
}

export async function signInWithCode(
  deps: Deps,
  pendingToken: string,
  code: string,
): Promise<CodeResult> {
  const user = await pendingUser(deps, pendingToken, 'second_factor');
  return oneAtATime(`second-factor:${user.id}`, () => checkCode(deps, user, pendingToken, code));
}

async function checkCode(
  deps: Deps,
  user: Awaited<ReturnType<typeof pendingUser>>,
  pendingToken: string,
  code: string,
): Promise<CodeResult> {
  const lockedMs = await codeLockMs(deps, user.id);
  if (lockedMs > 0) return { kind: 'locked', retryAfterSeconds: Math.ceil(lockedMs / 1000) };

  const now = deps.now();
  const factor = await findSecondFactor(deps.db, user.id);
  const step = factor?.confirmed === 1 ? matchingStep(factor.secret, code, now) : undefined;
  const byTotp = looksLikeTotp(code);
  const actor = { id: user.id, email: user.email };
  const session = await inTransaction(deps.db, async (trx) => {
    const accepted = byTotp
      ? step !== undefined && (await claimTotpStep(trx, user.id, step))
      : await claimRecoveryCode(trx, user.id, hashRecoveryCode(code));
    if (!accepted) return undefined;
    if (!(await deletePendingSignIn(trx, sha256Hex(pendingToken)))) throw expired();
    const details = byTotp
      ? { method: 'password+code' }
      : {
          method: 'password+recovery_code',
          recoveryCodesLeft: await countUnusedRecoveryCodes(trx, user.id),
        };
    await audit(trx, { actor, action: 'login.success', target: user.id, details, at: now });
    return startSession(deps, trx, user, 'second_factor');
  });
  if (!session) {
    const reason = !byTotp
      ? 'wrong_recovery_code'
      : step === undefined
        ? 'wrong_code'
        : 'reused_code';
    await countWrongCode(deps, user, reason);
    return { kind: 'invalid' };
  }
  await clearLoginAttempts(deps.db, secondFactorThrottleKey(user.id));
  return { kind: 'signed_in', ...session };
}
