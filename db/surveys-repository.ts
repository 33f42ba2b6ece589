import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from './connection.ts';
import type { SurveysTable, SurveyVersionsTable } from './schema.ts';

export type SurveyRow = Selectable<SurveysTable>;
export type SurveyVersionRow = Selectable<SurveyVersionsTable>;

export async function findSurveyBySlug(db: Db, slug: string): Promise<SurveyRow | undefined> {
  return db.selectFrom('surveys').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The survey and the id of the requested version (or the current one) in one query. */
export async function findSurveyVersionRef(
  db: Db,
  slug: string,
  version?: number,
): Promise<{ survey: SurveyRow; versionId: string | null; version: number | null } | undefined> {
  const survey = await findSurveyBySlug(db, slug);
  if (!survey) return undefined;
  let query = db
    .selectFrom('survey_versions')
    .select(['id', 'version'])
    .where('survey_id', '=', survey.id);
  query =
    version === undefined
      ? query.where('id', '=', survey.current_version_id ?? '')
      : query.where('version', '=', version);
  const row = await query.executeTakeFirst();
  return { survey, versionId: row?.id ?? null, version: row?.version ?? null };
}

export async function findVersionById(db: Db, id: string): Promise<SurveyVersionRow | undefined> {
  return db.selectFrom('survey_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSurveysByStatus(db: Db, status: string): Promise<SurveyRow[]> {
  return db
    .selectFrom('surveys')
    .selectAll()
    .where('status', '=', status)
    .orderBy('title')
    .execute();
}

export interface SurveyFields {
  slug: string;
  title: string;
  status: string;
  opensAt: string | null;
  closesAt: string | null;
  series: string | null;
}

export interface VersionContent {
  definition: string;
  settings: string;
  contentHash: string;
}

/**
 * Creates or refreshes a survey that comes from a file: the survey's fields follow the file, and a
 * new immutable version is added only when the definition or settings really changed.
 */
export async function saveFileSurvey(
  db: Db,
  fields: SurveyFields,
  content: VersionContent,
  fileHash: string,
  now: string,
): Promise<{ surveyId: string; version: number; created: boolean; newVersion: boolean }> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('surveys')
      .selectAll()
      .where('slug', '=', fields.slug)
      .executeTakeFirst();
    const surveyId = existing?.id ?? randomUUID();
    const columns = {
      title: fields.title,
      status: fields.status,
      opens_at: fields.opensAt,
      closes_at: fields.closesAt,
      series: fields.series,
      file_hash: fileHash,
      updated_at: now,
    };
    if (!existing) {
      await trx
        .insertInto('surveys')
        .values({
          id: surveyId,
          slug: fields.slug,
          managed_by: 'file',
          current_version_id: null,
          created_at: now,
          ...columns,
        })
        .execute();
    }
    const latest = await trx
      .selectFrom('survey_versions')
      .select(['id', 'version', 'content_hash'])
      .where('survey_id', '=', surveyId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    let versionId = latest?.id;
    let version = latest?.version ?? 0;
    const newVersion = latest?.content_hash !== content.contentHash;
    if (newVersion) {
      versionId = randomUUID();
      version += 1;
      await trx
        .insertInto('survey_versions')
        .values({
          id: versionId,
          survey_id: surveyId,
          version,
          definition: content.definition,
          settings: content.settings,
          content_hash: content.contentHash,
          created_at: now,
        })
        .execute();
    }
    await trx
      .updateTable('surveys')
      .set({ ...columns, current_version_id: versionId ?? null })
      .where('id', '=', surveyId)
      .execute();
    return { surveyId, version, created: !existing, newVersion };
  });
}

export async function listAllSurveys(db: Db): Promise<SurveyRow[]> {
  return db.selectFrom('surveys').selectAll().orderBy('title').execute();
}

/** Earlier surveys of a series (waves), oldest first, by when they opened or were created. */
export async function listEarlierInSeries(db: Db, survey: SurveyRow): Promise<SurveyRow[]> {
  if (!survey.series) return [];
  const rows = await db
    .selectFrom('surveys')
    .selectAll()
    .where('series', '=', survey.series)
    .where('id', '!=', survey.id)
    .where('status', '!=', 'draft')
    .execute();
  const when = (s: SurveyRow) => s.opens_at ?? s.created_at;
  return rows.filter((s) => when(s) < when(survey)).sort((a, b) => when(a).localeCompare(when(b)));
}
