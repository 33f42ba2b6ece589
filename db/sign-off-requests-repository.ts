// Who a designer asked to sign off a draft, and what each person is waiting to approve. Asking is
// one transaction with its audit row, like every other change to a survey.
import { type AuditEntry, audit } from './audit-repository.ts';
import type { Db } from './connection.ts';

/** An account that may approve drafts: an officer or admin, or a parent carer forum member. */
export interface ApproverRow {
  id: string;
  email: string;
  role: string;
  forumMember: boolean;
}

export async function listApprovers(db: Db): Promise<ApproverRow[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'forum_member'])
    .where('disabled', '=', 0)
    .where((eb) => eb.or([eb('role', 'in', ['officer', 'admin']), eb('forum_member', '=', 1)]))
    .orderBy('email')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    forumMember: r.forum_member === 1,
  }));
}

/** Asking the same person again only renews the request. */
export async function addSignOffRequests(
  db: Db,
  surveyId: string,
  userIds: string[],
  askedBy: string,
  at: string,
  entry: AuditEntry,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const userId of userIds) {
      await trx
        .insertInto('sign_off_requests')
        .values({ survey_id: surveyId, user_id: userId, asked_by: askedBy, asked_at: at })
        .onConflict((oc) =>
          oc.columns(['survey_id', 'user_id']).doUpdateSet({ asked_by: askedBy, asked_at: at }),
        )
        .execute();
    }
    await audit(trx, entry);
  });
}

export interface SignOffRequestRow {
  email: string;
  askedBy: string;
  askedAt: string;
}

export async function listSignOffRequests(db: Db, surveyId: string): Promise<SignOffRequestRow[]> {
  return db
    .selectFrom('sign_off_requests as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.email as email', 'r.asked_by as askedBy', 'r.asked_at as askedAt'])
    .where('r.survey_id', '=', surveyId)
    .orderBy('u.email')
    .execute();
}

export interface WaitingRow {
  slug: string;
  title: string;
  askedBy: string;
  askedAt: string;
}

/**
 * The drafts a person was asked to sign off and has not approved as they stand now: a request
 * comes back after an edit, since an edit clears the approvals.
 */
export async function listWaitingFor(db: Db, userId: string): Promise<WaitingRow[]> {
  return db
    .selectFrom('sign_off_requests as r')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .leftJoin('survey_drafts as d', 'd.survey_id', 'r.survey_id')
    .leftJoin('survey_approvals as a', (join) =>
      join
        .onRef('a.survey_id', '=', 'r.survey_id')
        .onRef('a.user_id', '=', 'r.user_id')
        .onRef('a.revision', '=', 'd.revision'),
    )
    .select([
      's.slug as slug',
      's.title as title',
      'r.asked_by as askedBy',
      'r.asked_at as askedAt',
    ])
    .where('r.user_id', '=', userId)
    .where('a.user_id', 'is', null)
    .orderBy('r.asked_at', 'desc')
    .execute();
}
