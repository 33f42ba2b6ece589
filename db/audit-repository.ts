// Who did what to accounts and data, and when. Rows are only ever added.
import { randomUUID } from 'node:crypto';
import type { Db } from './connection.ts';

/** A signed-in person ({ id, email } of the user), or a named non-person such as "cli". */
export interface AuditActor {
  id: string | null;
  email: string;
}

export const CLI_ACTOR: AuditActor = { id: null, email: 'cli' };

export interface AuditEntry {
  actor: AuditActor;
  /** Dotted verb, e.g. "login.failure", "user.create", "export.report". */
  action: string;
  /** What was acted on (a user id, a survey slug), if anything. */
  target?: string | null;
  /** Extra facts. Never a password, hash, token, answer text or network address. */
  details?: Record<string, unknown>;
  /** Defaults to now; pass the app's clock (deps.now()) where there is one. */
  at?: Date;
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: (entry.at ?? new Date()).toISOString(),
      actor_user_id: entry.actor.id,
      actor_email: entry.actor.email,
      action: entry.action,
      target: entry.target ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditRecord {
  id: string;
  at: string;
  actorUserId: string | null;
  actorEmail: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

/** Newest first. */
export async function listAudit(db: Db, limit = 100): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorEmail: r.actor_email,
    action: r.action,
    target: r.target,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
