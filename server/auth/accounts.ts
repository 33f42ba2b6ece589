// Account changes shared by the admin API and the command line. Each is audited with its actor;
// refusals are AppErrors, which the API answers as such and the command line exits 1 on.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import { clearLoginAttempts } from '../../db/login-attempts-repository.ts';
import {
  deleteUserSessions,
  insertApiToken,
  revokeUserApiTokens,
} from '../../db/sessions-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  completePasswordReset,
  findLivePasswordReset,
  findUserById,
  insertPasswordReset,
  insertUser,
  setUserDisabled,
  type UserRow,
} from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';
import { costFor, hashPassword, passwordProblem } from './passwords.ts';
import type { Role } from './roles.ts';
import { newSecret, normaliseEmail, sha256Hex } from './secrets.ts';

export type AccountDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;

const RESET_LIFETIME_MS = 24 * 3_600_000;
export const API_TOKEN_PREFIX = 'svt_';

function checkPassword(password: string, email: string) {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError(400, 'weak_password', problem);
}

export interface NewAccount {
  email: string;
  role: Role;
  forumMember?: boolean;
  /** Absent: the account has no password until its person follows a reset link. */
  password?: string;
}

export async function createAccount(deps: AccountDeps, actor: AuditActor, input: NewAccount) {
  const email = normaliseEmail(input.email);
  if (!z.email().max(320).safeParse(email).success) {
    throw new AppError(400, 'invalid_email', `"${input.email}" is not an e-mail address.`);
  }
  if (input.password !== undefined) checkPassword(input.password, email);
  const now = deps.now();
  const passwordHash =
    input.password === undefined
      ? null
      : await hashPassword(input.password, costFor(deps.config.passwordHashing));
  const id = randomUUID();
  const forumMember = input.forumMember ?? false;
  const at = now.toISOString();
  const details = { email, role: input.role, forumMember, withPassword: passwordHash !== null };
  await inTransaction(deps.db, async (trx) => {
    if (!(await insertUser(trx, { id, email, role: input.role, forumMember, passwordHash, at }))) {
      throw new AppError(409, 'email_taken', 'There is already an account with this e-mail.');
    }
    await audit(trx, { actor, action: 'user.create', target: id, details, at: now });
  });
  return requireUser(deps, id);
}

export async function requireUser(deps: AccountDeps, id: string): Promise<UserRow> {
  const user = await findUserById(deps.db, id);
  if (!user) throw new AppError(404, 'user_not_found', 'There is no account with this id.');
  return user;
}

/** Disabling also ends the person's sessions and revokes their tokens, effective at once. */
export async function setDisabled(
  deps: AccountDeps,
  actor: AuditActor,
  user: UserRow,
  disabled: boolean,
) {
  if (disabled && actor.id === user.id) {
    throw new AppError(409, 'cannot_disable_self', 'You cannot disable your own account.');
  }
  const now = deps.now();
  const action = disabled ? 'user.disable' : 'user.enable';
  await inTransaction(deps.db, async (trx) => {
    await setUserDisabled(trx, user.id, disabled, now.toISOString());
    if (disabled) {
      await deleteUserSessions(trx, user.id);
      await revokeUserApiTokens(trx, user.id);
    }
    await audit(trx, { actor, action, target: user.id, details: { email: user.email }, at: now });
  });
  return requireUser(deps, user.id);
}

/** A one-time link, valid 24 hours, replacing any earlier link for the person. */
export async function issueResetLink(deps: AccountDeps, actor: AuditActor, user: UserRow) {
  const token = newSecret();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + RESET_LIFETIME_MS).toISOString();
  const details = { email: user.email, expiresAt };
  await inTransaction(deps.db, async (trx) => {
    await insertPasswordReset(trx, { tokenHash: sha256Hex(token), userId: user.id, expiresAt });
    await audit(trx, { actor, action: 'user.reset_link', target: user.id, details, at: now });
  });
  return { link: `/officer/reset-password?token=${encodeURIComponent(token)}`, expiresAt };
}

export async function completeReset(deps: AccountDeps, token: string, password: string) {
  const invalid = new AppError(
    400,
    'invalid_reset_token',
    'This link is not valid, has been used or has expired. Ask an administrator for a new one.',
  );
  const now = deps.now();
  const tokenHash = sha256Hex(token);
  const live = await findLivePasswordReset(deps.db, tokenHash, now.toISOString());
  const user = live && (await findUserById(deps.db, live.user_id));
  if (!user) throw invalid;
  checkPassword(password, user.email);
  const passwordHash = await hashPassword(password, costFor(deps.config.passwordHashing));
  const at = now.toISOString();
  const actor = { id: user.id, email: user.email };
  await inTransaction(deps.db, async (trx) => {
    if (
      !(await completePasswordReset(trx, { tokenHash, userId: user.id, passwordHash, now: at }))
    ) {
      throw invalid;
    }
    await audit(trx, { actor, action: 'user.password_set', target: user.id, at: now });
  });
  await clearLoginAttempts(deps.db, sha256Hex(user.email));
}

/** The token is returned once and only its hash is kept. */
export async function createApiToken(deps: AccountDeps, actor: AuditActor, user: UserRow) {
  if (user.disabled === 1) {
    throw new AppError(409, 'user_disabled', 'This account is disabled.');
  }
  const token = newSecret(API_TOKEN_PREFIX);
  const id = randomUUID();
  const now = deps.now();
  const details = { email: user.email, tokenId: id };
  await inTransaction(deps.db, async (trx) => {
    await insertApiToken(trx, {
      id,
      userId: user.id,
      tokenHash: sha256Hex(token),
      at: now.toISOString(),
    });
    await audit(trx, { actor, action: 'token.create', target: user.id, details, at: now });
  });
  return token;
}

export async function revokeApiTokens(deps: AccountDeps, actor: AuditActor, user: UserRow) {
  return inTransaction(deps.db, async (trx) => {
    const revoked = await revokeUserApiTokens(trx, user.id);
    const details = { email: user.email, revoked };
    await audit(trx, { actor, action: 'token.revoke', target: user.id, details, at: deps.now() });
    return revoked;
  });
}
