// Signed-in sessions and API tokens. Both are looked up by the SHA-256 of the secret the client
// holds, so the table alone cannot be used to sign in.
import type { Db } from './connection.ts';
import type { UserRow } from './users-repository.ts';

export interface NewSession {
  id: string;
  userId: string;
  csrfToken: string;
  at: string;
  expiresAt: string;
  /** How the person proved who they are. */
  method: SignInMethod;
}

export type SignInMethod = 'password' | 'second_factor' | 'oidc';

export async function insertSession(db: Db, s: NewSession) {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.at,
      expires_at: s.expiresAt,
      last_seen_at: s.at,
      method: s.method,
    })
    .execute();
}

export interface SessionWithUser {
  session: { id: string; csrfToken: string; lastSeenAt: string; method: string };
  user: UserRow;
}

/** A live (unexpired) session and its user, whether or not the user is disabled. */
export async function findLiveSession(
  db: Db,
  id: string,
  now: string,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token', 'sessions.last_seen_at', 'sessions.method'])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  const { csrf_token, last_seen_at, method, ...user } = row;
  return { session: { id, csrfToken: csrf_token, lastSeenAt: last_seen_at, method }, user };
}

export async function touchSession(db: Db, id: string, now: string, expiresAt: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends every session made with a password alone; returns how many. */
export async function deletePasswordOnlySessions(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('method', '=', 'password')
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: string) {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function insertApiToken(
  db: Db,
  token: { id: string; userId: string; tokenHash: string; at: string },
) {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      token_hash: token.tokenHash,
      created_at: token.at,
      last_used_at: null,
      revoked: 0,
    })
    .execute();
}

/** An unrevoked token and its user, whether or not the user is disabled. */
export async function findApiToken(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.last_used_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked', '=', 0)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, last_used_at, ...user } = row;
  return { token: { id: token_id, lastUsedAt: last_used_at }, user: user satisfies UserRow };
}

export async function touchApiToken(db: Db, id: string, now: string) {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

/** Returns how many tokens were revoked. */
export async function revokeUserApiTokens(db: Db, userId: string): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked: 1 })
    .where('user_id', '=', userId)
    .where('revoked', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
