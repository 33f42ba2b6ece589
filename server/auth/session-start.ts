// Creating a session once a person has proved who they are (password, password and code, or the
// identity provider), and the half-way record a password sign-in leaves while a code is awaited.
import type { Db } from '../../db/connection.ts';
import { insertPendingSignIn, type PendingPurpose } from '../../db/pending-sign-ins-repository.ts';
import { insertSession, type SignInMethod } from '../../db/sessions-repository.ts';
import type { UserRow } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { newSecret, sha256Hex } from './secrets.ts';

type Deps = Pick<AppDeps, 'config' | 'now'>;

export interface NewSessionTokens {
  user: UserRow;
  sessionToken: string;
  csrfToken: string;
}

/** `db` may be a transaction, so the session is written with whatever made it possible. */
export async function startSession(
  deps: Deps,
  db: Db,
  user: UserRow,
  method: SignInMethod,
): Promise<NewSessionTokens> {
  const now = deps.now();
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  await insertSession(db, {
    id: sha256Hex(sessionToken),
    userId: user.id,
    csrfToken,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000).toISOString(),
    method,
  });
  return { user, sessionToken, csrfToken };
}

/** Long enough to open an authenticator app or find the recovery codes; short enough to go stale. */
const PENDING_LIFETIME_MS = 10 * 60_000;

export async function startPendingSignIn(
  deps: Deps & Pick<AppDeps, 'db'>,
  user: UserRow,
  purpose: PendingPurpose,
): Promise<string> {
  const token = newSecret();
  const expiresAt = new Date(deps.now().getTime() + PENDING_LIFETIME_MS).toISOString();
  await insertPendingSignIn(deps.db, { id: sha256Hex(token), userId: user.id, purpose, expiresAt });
  return token;
}
