// Publishing, closing and survey-level settings of surveys managed in the app, and reading their
// versions back. Like the draft repository, each change is one transaction with its audit row.
import { randomUUID } from 'node:crypto';
import { type AuditEntry, audit } from './audit-repository.ts';
import type { Db } from './connection.ts';
import type { DraftContent } from './survey-design-repository.ts';

export interface Publication {
  surveyId: string;
  /** The draft revision checked; null when publishing the unedited copy of the current version. */
  revision: number | null;
  content: DraftContent;
  contentHash: string;
  publishedBy: string;
  opensAt?: string | null;
  closesAt?: string | null;
}

/**
 * Freezes the content as a new version (unless it equals the current one), makes it current,
 * opens the survey and deletes the draft, its approvals and its sign-off requests. 'changed' when the draft moved on.
 */
export async function publishDraft(
  db: Db,
  p: Publication,
  entry: (version: number, newVersion: boolean) => AuditEntry,
  now: string,
): Promise<{ version: number; newVersion: boolean } | 'changed'> {
  return db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom('survey_drafts')
      .select('revision')
      .where('survey_id', '=', p.surveyId)
      .executeTakeFirst();
    if ((draft?.revision ?? null) !== p.revision) return 'changed';
    const survey = await trx
      .selectFrom('surveys')
      .select('current_version_id')
      .where('id', '=', p.surveyId)
      .executeTakeFirstOrThrow();
    const latest = await trx
      .selectFrom('survey_versions')
      .select(['id', 'version', 'content_hash'])
      .where('survey_id', '=', p.surveyId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    let versionId = survey.current_version_id;
    let version = latest?.version ?? 0;
    const newVersion = !(
      latest &&
      latest.id === versionId &&
      latest.content_hash === p.contentHash
    );
    if (newVersion) {
      versionId = randomUUID();
      version += 1;
      await trx
        .insertInto('survey_versions')
        .values({
          id: versionId,
          survey_id: p.surveyId,
          version,
          definition: p.content.definition,
          settings: p.content.settings,
          content_hash: p.contentHash,
          created_at: now,
          published_by: p.publishedBy,
        })
        .execute();
    }
    await trx
      .updateTable('surveys')
      .set({
        status: 'open',
        current_version_id: versionId,
        title: p.content.title,
        series: p.content.series,
        managed_by: 'app',
        updated_at: now,
        ...(p.opensAt !== undefined ? { opens_at: p.opensAt } : {}),
        ...(p.closesAt !== undefined ? { closes_at: p.closesAt } : {}),
      })
      .where('id', '=', p.surveyId)
      .execute();
    await trx.deleteFrom('survey_approvals').where('survey_id', '=', p.surveyId).execute();
    await trx.deleteFrom('sign_off_requests').where('survey_id', '=', p.surveyId).execute();
    await trx.deleteFrom('survey_drafts').where('survey_id', '=', p.surveyId).execute();
    await audit(trx, entry(version, newVersion));
    return { version, newVersion };
  });
}

export interface SurveyOptions {
  status?: 'closed';
  opensAt?: string | null;
  closesAt?: string | null;
  requiresApproval?: boolean;
  accessCodesRequired?: boolean;
}

/**
 * Survey-level settings and closing. The survey becomes managed in the app. Without
 * `mayWaiveSignOff`, turning sign-off off is refused ('sign_off_kept'), checked in the same
 * transaction so a sign-off turned on meanwhile is never undone.
 */
export async function updateSurveyOptions(
  db: Db,
  surveyId: string,
  options: SurveyOptions,
  entry: AuditEntry,
  now: string,
  mayWaiveSignOff = true,
): Promise<'updated' | 'sign_off_kept'> {
  return db.transaction().execute(async (trx) => {
    if (options.requiresApproval === false && !mayWaiveSignOff) {
      const current = await trx
        .selectFrom('surveys')
        .select('requires_approval')
        .where('id', '=', surveyId)
        .executeTakeFirstOrThrow();
      if (current.requires_approval === 1) return 'sign_off_kept';
    }
    await trx
      .updateTable('surveys')
      .set({
        managed_by: 'app',
        updated_at: now,
        ...(options.status ? { status: options.status } : {}),
        ...(options.opensAt !== undefined ? { opens_at: options.opensAt } : {}),
        ...(options.closesAt !== undefined ? { closes_at: options.closesAt } : {}),
        ...(options.requiresApproval !== undefined
          ? { requires_approval: options.requiresApproval ? 1 : 0 }
          : {}),
        ...(options.accessCodesRequired !== undefined
          ? { access_codes_required: options.accessCodesRequired ? 1 : 0 }
          : {}),
      })
      .where('id', '=', surveyId)
      .execute();
    await audit(trx, entry);
    return 'updated';
  });
}

export interface VersionSummaryRow {
  version: number;
  createdAt: string;
  publishedBy: string | null;
  responses: number;
}

export async function listVersionSummaries(db: Db, surveyId: string): Promise<VersionSummaryRow[]> {
  const rows = await db
    .selectFrom('survey_versions as v')
    .leftJoin('responses as r', 'r.version_id', 'v.id')
    .select(({ fn }) => [
      'v.version',
      'v.created_at',
      'v.published_by',
      fn.count<number | string>('r.id').as('responses'),
    ])
    .where('v.survey_id', '=', surveyId)
    .groupBy(['v.id', 'v.version', 'v.created_at', 'v.published_by'])
    .orderBy('v.version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    createdAt: r.created_at,
    publishedBy: r.published_by,
    responses: Number(r.responses),
  }));
}

export async function findVersionByNumber(db: Db, surveyId: string, version: number) {
  return db
    .selectFrom('survey_versions')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every published definition of a survey, oldest first. */
export async function listVersionDefinitions(
  db: Db,
  surveyId: string,
): Promise<{ version: number; definition: string }[]> {
  return db
    .selectFrom('survey_versions')
    .select(['version', 'definition'])
    .where('survey_id', '=', surveyId)
    .orderBy('version')
    .execute();
}
