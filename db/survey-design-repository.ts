// Drafts, approvals and the publishing lifecycle of surveys managed in the app. Every change runs
// in one transaction together with its audit row, so nothing is ever half-saved or unrecorded.
import { randomUUID } from 'node:crypto';
import { type AuditEntry, audit } from './audit-repository.ts';
import type { Db } from './connection.ts';
import type { SurveyApprovalsTable, SurveyDraftsTable } from './schema.ts';

export type DraftRow = SurveyDraftsTable;
export type ApprovalRow = SurveyApprovalsTable;

export interface DraftContent {
  definition: string;
  settings: string;
  title: string;
  series: string | null;
}

export async function findDraft(db: Db, surveyId: string): Promise<DraftRow | undefined> {
  return db
    .selectFrom('survey_drafts')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
}

export async function listApprovals(
  db: Db,
  surveyId: string,
  revision: number,
): Promise<ApprovalRow[]> {
  return db
    .selectFrom('survey_approvals')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .where('revision', '=', revision)
    .orderBy('at')
    .execute();
}

export interface NewSurvey extends DraftContent {
  slug: string;
  requiresApproval: boolean;
}

/** A new survey in the draft state with its first draft; false when the slug is taken. */
export async function createDraftSurvey(
  db: Db,
  survey: NewSurvey,
  updatedBy: string,
  entry: AuditEntry,
  now: string,
): Promise<boolean> {
  try {
    return await insertDraftSurvey(db, survey, updatedBy, entry, now);
  } catch (error) {
    // Two designers claiming the same address at once: the unique slug stops the second.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Error &&
  (/UNIQUE constraint failed/.test(error.message) ||
    (error as { code?: unknown }).code === '23505');

async function insertDraftSurvey(
  db: Db,
  survey: NewSurvey,
  updatedBy: string,
  entry: AuditEntry,
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('surveys')
      .select('id')
      .where('slug', '=', survey.slug)
      .executeTakeFirst();
    if (taken) return false;
    const id = randomUUID();
    await trx
      .insertInto('surveys')
      .values({
        id,
        slug: survey.slug,
        title: survey.title,
        status: 'draft',
        opens_at: null,
        closes_at: null,
        series: survey.series,
        current_version_id: null,
        managed_by: 'app',
        file_hash: null,
        created_at: now,
        updated_at: now,
        requires_approval: survey.requiresApproval ? 1 : 0,
      })
      .execute();
    await trx
      .insertInto('survey_drafts')
      .values({
        survey_id: id,
        revision: 1,
        definition: survey.definition,
        settings: survey.settings,
        title: survey.title,
        series: survey.series,
        updated_at: now,
        updated_by: updatedBy,
      })
      .execute();
    await audit(trx, entry);
    return true;
  });
}

/**
 * Stores the draft as the next revision if nobody saved since `expectedRevision`, voiding the
 * approvals of earlier revisions. Returns the new revision, or the current one on a conflict.
 */
export async function saveDraft(
  db: Db,
  survey: { id: string; isDraft: boolean },
  content: DraftContent,
  expectedRevision: number | undefined,
  updatedBy: string,
  entry: (revision: number) => AuditEntry,
  now: string,
): Promise<{ saved: true; revision: number } | { saved: false; revision: number }> {
  const surveyId = survey.id;
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('survey_drafts')
      .select('revision')
      .where('survey_id', '=', surveyId)
      .executeTakeFirst();
    const currentRevision = current?.revision ?? 0;
    if (expectedRevision !== undefined && expectedRevision !== currentRevision) {
      return { saved: false, revision: currentRevision };
    }
    const revision = currentRevision + 1;
    const values = { ...content, revision, updated_at: now, updated_by: updatedBy };
    if (current) {
      await trx
        .updateTable('survey_drafts')
        .set(values)
        .where('survey_id', '=', surveyId)
        .execute();
    } else {
      await trx
        .insertInto('survey_drafts')
        .values({ survey_id: surveyId, ...values })
        .execute();
    }
    await trx.deleteFrom('survey_approvals').where('survey_id', '=', surveyId).execute();
    // A never-published survey shows its draft's title; a live one keeps its own until publishing.
    const fields = survey.isDraft ? { title: content.title, series: content.series } : {};
    await trx
      .updateTable('surveys')
      .set({ managed_by: 'app', updated_at: now, ...fields })
      .where('id', '=', survey.id)
      .execute();
    await audit(trx, entry(revision));
    return { saved: true, revision };
  });
}

/** Stores an approval of a revision; a live survey's unedited copy becomes a stored draft first. */
export async function addApproval(
  db: Db,
  approval: ApprovalRow,
  copyOfCurrent: DraftContent | undefined,
  entry: AuditEntry,
): Promise<'added' | 'already' | 'stale' | 'same_person'> {
  return db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom('survey_drafts')
      .select('revision')
      .where('survey_id', '=', approval.survey_id)
      .executeTakeFirst();
    if (!draft && copyOfCurrent && approval.revision === 0) {
      await trx
        .insertInto('survey_drafts')
        .values({
          survey_id: approval.survey_id,
          revision: 0,
          ...copyOfCurrent,
          updated_at: approval.at,
          updated_by: null,
        })
        .execute();
    } else if (draft?.revision !== approval.revision) return 'stale';
    const mine = await trx
      .selectFrom('survey_approvals')
      .select('role')
      .where('survey_id', '=', approval.survey_id)
      .where('revision', '=', approval.revision)
      .where('user_id', '=', approval.user_id)
      .execute();
    if (mine.some((a) => a.role === approval.role)) return 'already';
    // Co-production needs two people: one person cannot sign for both sides.
    if (mine.length > 0) return 'same_person';
    await trx.insertInto('survey_approvals').values(approval).execute();
    await audit(trx, entry);
    return 'added';
  });
}
