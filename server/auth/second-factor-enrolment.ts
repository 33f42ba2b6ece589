// Setting up a second factor: a new secret shown once (QR code and text), active only once a
// correct code from it is typed back, at which point ten recovery codes are shown, also once.
// Reached from a half-way sign-in when an admin requires it, or by a signed-in person choosing to.
import QRCode from 'qrcode';
import { audit } from '../../db/audit-repository.ts';
import { clearLoginAttempts } from '../../db/login-attempts-repository.ts';
import { deletePendingSignIn } from '../../db/pending-sign-ins-repository.ts';
import {
  confirmSecondFactor,
  findSecondFactor,
  putUnconfirmedSecondFactor,
  replaceRecoveryCodes,
} from '../../db/second-factors-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { UserRow } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';
import { oneAtATime } from './one-at-a-time.ts';
import {
  codeLockMs,
  countWrongCode,
  pendingUser,
  secondFactorThrottleKey,
} from './second-factor.ts';
import { sha256Hex } from './secrets.ts';
import { type NewSessionTokens, startSession } from './session-start.ts';
import {
  hashRecoveryCode,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
} from './totp.ts';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now'>;

export interface EnrolmentStart {
  secret: string;
  otpauthUrl: string;
  /** An SVG image of the otpauth URL, for the authenticator app's camera. */
  qrSvg: string;
}

const alreadyEnrolled = () =>
  new AppError(
    409,
    'second_factor_exists',
    'This account already has a second factor. Ask an administrator to reset it first.',
  );

export async function startEnrolment(deps: Deps, user: UserRow): Promise<EnrolmentStart> {
  const secret = newTotpSecret();
  const at = deps.now().toISOString();
  if (!(await putUnconfirmedSecondFactor(deps.db, { userId: user.id, secret, at }))) {
    throw alreadyEnrolled();
  }
  const url = otpauthUrl(secret, user.email);
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return { secret, otpauthUrl: url, qrSvg };
}

/**
 * Checks the code against the unconfirmed secret and, in one transaction, activates it, stores
 * the recovery codes' hashes and audits it; `then` adds more to that transaction.
 */
export async function confirmEnrolment<T>(
  deps: Deps,
  user: UserRow,
  code: string,
  then: (trx: Deps['db']) => Promise<T>,
): Promise<{ recoveryCodes: string[]; result: T }> {
  return oneAtATime(`second-factor:${user.id}`, () => confirmCode(deps, user, code, then));
}

async function confirmCode<T>(
  deps: Deps,
  user: UserRow,
  code: string,
  then: (trx: Deps['db']) => Promise<T>,
): Promise<{ recoveryCodes: string[]; result: T }> {
  const lockedMs = await codeLockMs(deps, user.id);
  if (lockedMs > 0) {
    throw new AppError(429, 'too_many_attempts', 'Too many wrong codes. Try again later.');
  }
  const factor = await findSecondFactor(deps.db, user.id);
  if (factor?.confirmed === 1) throw alreadyEnrolled();
  if (!factor) {
    throw new AppError(409, 'no_enrolment', 'Start setting up the second factor first.');
  }
  const now = deps.now();
  const step = matchingStep(factor.secret, code, now);
  if (step === undefined) {
    await countWrongCode(deps, user, 'wrong_enrolment_code');
    throw new AppError(400, 'invalid_code', 'The code is not right. Check your app and try again.');
  }
  const recoveryCodes = newRecoveryCodes();
  const actor = { id: user.id, email: user.email };
  const result = await inTransaction(deps.db, async (trx) => {
    if (!(await confirmSecondFactor(trx, user.id, step))) throw alreadyEnrolled();
    await replaceRecoveryCodes(trx, user.id, recoveryCodes.map(hashRecoveryCode));
    const details = { email: user.email, recoveryCodes: recoveryCodes.length };
    await audit(trx, { actor, action: 'second_factor.enrol', target: user.id, details, at: now });
    return then(trx);
  });
  await clearLoginAttempts(deps.db, secondFactorThrottleKey(user.id));
  return { recoveryCodes, result };
}

export const startPendingEnrolment = async (deps: Deps, pendingToken: string) =>
  startEnrolment(deps, await pendingUser(deps, pendingToken, 'enrol'));

/** Enrolment that finishes a sign-in: the session starts in the same transaction. */
export async function confirmPendingEnrolment(
  deps: Deps,
  pendingToken: string,
  code: string,
): Promise<{ recoveryCodes: string[]; session: NewSessionTokens }> {
  const user = await pendingUser(deps, pendingToken, 'enrol');
  const { recoveryCodes, result } = await confirmEnrolment(deps, user, code, async (trx) => {
    if (!(await deletePendingSignIn(trx, sha256Hex(pendingToken)))) {
      throw new AppError(401, 'sign_in_expired', 'This sign-in has expired. Sign in again.');
    }
    const actor = { id: user.id, email: user.email };
    const details = { method: 'password+enrolment' };
    await audit(trx, { actor, action: 'login.success', target: user.id, details, at: deps.now() });
    return startSession(deps, trx, user, 'second_factor');
  });
  return { recoveryCodes, session: result };
}
