import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from './connection.ts';
import { prepareQuery } from './prepared-query.ts';
import type { SurveysTable, SurveyVersionsTable } from './schema.ts';

export type SurveyRow = Selectable<SurveysTable>;
export type SurveyVersionRow = Selectable<SurveyVersionsTable>;

export async function findSurveyBySlug(db: Db, slug: string): Promise<SurveyRow | undefined> {
  return db.selectFrom('surveys').selectAll().where('slug', '=', slug).executeTakeFirst();
}

// On every submission, so compiled once (db/prepared-query.ts); one query for survey and version.
const surveyWithCurrentVersion = prepareQuery((db, p: { slug: string }) =>
  db
    .selectFrom('surveys')
    .leftJoin('survey_versions as v', 'v.id', 'surveys.current_version_id')
    .selectAll('surveys')
    .select(['v.id as ref_version_id', 'v.version as ref_version'])
    .where('surveys.slug', '=', p.slug),
);

const surveyWithVersion = prepareQuery((db, p: { slug: string; version: number }) =>
  db
    .selectFrom('surveys')
    .leftJoin('survey_versions as v', (join) =>
      join.onRef('v.survey_id', '=', 'surveys.id').on('v.version', '=', p.version),
    )
    .selectAll('surveys')
    .select(['v.id as ref_version_id', 'v.version as ref_version'])
    .where('surveys.slug', '=', p.slug),
);

/** The survey and the id of the requested version (or the current one) in one query. */
export async function findSurveyVersionRef(
  db: Db,
  slug: string,
  version?: number,
): Promise<{ survey: SurveyRow; versionId: string | null; version: number | null } | undefined> {
  const { rows } =
    version === undefined
      ? await surveyWithCurrentVersion.run(db, { slug })
      : await surveyWithVersion.run(db, { slug, version });
  const row = rows[0];
  if (!row) return undefined;
  const { ref_version_id, ref_version, ...survey } = row;
  return { survey, versionId: ref_version_id, version: ref_version };
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
