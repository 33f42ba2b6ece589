import { randomUUID } from 'node:crypto';
import { type AuditEntry, audit } from './audit-repository.ts';
import type { Db } from './connection.ts';
import { queueRetag } from './tagging-repository.ts';
import { inTransaction } from './transaction.ts';

export interface StoredCodebook {
  id: string;
  key: string;
  version: number;
  document: unknown;
  contentHash: string;
  managedBy: string;
}

export async function latestCodebook(db: Db, key: string): Promise<StoredCodebook | undefined> {
  const row = await db
    .selectFrom('codebooks')
    .selectAll()
    .where('key', '=', key)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    document: JSON.parse(row.document),
    contentHash: row.content_hash,
    managedBy: row.managed_by,
  };
}

/**
 * Stores a codebook from its file as a new version, unless unchanged or managed in the app.
 * created: a version was stored now (the first, or a change); changed: a later version.
 */
export async function saveFileCodebook(
  db: Db,
  key: string,
  document: unknown,
  contentHash: string,
  now: Date,
): Promise<{ version: number; changed: boolean; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom('codebooks')
      .select(['version', 'content_hash', 'managed_by'])
      .where('key', '=', key)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    if (latest && (latest.managed_by === 'app' || latest.content_hash === contentHash)) {
      return { version: latest.version, changed: false, created: false };
    }
    const version = (latest?.version ?? 0) + 1;
    await trx
      .insertInto('codebooks')
      .values({
        id: randomUUID(),
        key,
        version,
        document: JSON.stringify(document),
        content_hash: contentHash,
        managed_by: 'file',
        created_at: now.toISOString(),
      })
      .execute();
    return { version, changed: latest !== undefined, created: true };
  });
}

export async function activeThemeModel(
  db: Db,
): Promise<{ id: string; document: unknown } | undefined> {
  const row = await db
    .selectFrom('theme_models')
    .select(['id', 'document'])
    .where('active', '=', 1)
    .executeTakeFirst();
  return row ? { id: row.id, document: JSON.parse(row.document) } : undefined;
}

/** The latest version number of a codebook, without its document (checked before every batch). */
export async function latestCodebookVersion(db: Db, key: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('codebooks')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.version ?? undefined;
}

/** The id of the model in use, without its (large) document. */
export async function activeThemeModelId(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('theme_models')
    .select('id')
    .where('active', '=', 1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** One stored model's document. */
export async function themeModelDocument(db: Db, id: string): Promise<unknown> {
  const row = await db
    .selectFrom('theme_models')
    .select('document')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? JSON.parse(row.document) : undefined;
}

/** The model in use, without its (large) document. */
export async function activeThemeModelSummary(db: Db) {
  const row = await db
    .selectFrom('theme_models')
    .select(['id', 'labels', 'example_count', 'created_at'])
    .where('active', '=', 1)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        labels: JSON.parse(row.labels) as string[],
        exampleCount: row.example_count,
        createdAt: row.created_at,
      }
    : undefined;
}

/** Stores a trained model and makes it the one the tagger uses. */
export async function activateThemeModel(
  db: Db,
  model: { document: unknown; labels: string[]; exampleCount: number },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await inTransaction(db, async (trx) => {
    await trx.updateTable('theme_models').set({ active: 0 }).where('active', '=', 1).execute();
    await trx
      .insertInto('theme_models')
      .values({
        id,
        document: JSON.stringify(model.document),
        labels: JSON.stringify(model.labels),
        example_count: model.exampleCount,
        active: 1,
        created_at: now.toISOString(),
      })
      .execute();
  });
  return id;
}

export interface CodebookSummary {
  key: string;
  version: number;
  document: unknown;
  managedBy: string;
  createdAt: string;
}

/** The latest version of every codebook, by key. */
export async function listLatestCodebooks(db: Db): Promise<CodebookSummary[]> {
  const rows = await db
    .selectFrom('codebooks as c')
    .select(['c.key', 'c.version', 'c.document', 'c.managed_by', 'c.created_at'])
    .where(({ eb, selectFrom }) =>
      eb(
        'c.version',
        '=',
        selectFrom('codebooks as l')
          .select((e) => e.fn.max('l.version').as('v'))
          .whereRef('l.key', '=', 'c.key'),
      ),
    )
    .orderBy('c.key')
    .execute();
  return rows.map((r) => ({
    key: r.key,
    version: r.version,
    document: JSON.parse(r.document),
    managedBy: r.managed_by,
    createdAt: r.created_at,
  }));
}

/** Survey ids with a version whose settings tag with this codebook key. */
export async function surveysUsingCodebook(db: Db, key: string): Promise<string[]> {
  const rows = await db.selectFrom('survey_versions').select(['survey_id', 'settings']).execute();
  const ids = new Set<string>();
  for (const row of rows) {
    const settings = JSON.parse(row.settings) as { codebook?: unknown };
    if ((settings.codebook ?? 'send-default') === key) ids.add(row.survey_id);
  }
  return [...ids];
}

export type AppCodebookSave =
  | { kind: 'saved'; version: number; retagged: number }
  | { kind: 'stale'; latest: number };

/**
 * Stores an edited codebook as a new app-managed version (a file never overwrites it again),
 * queues the answers of the surveys using it for re-tagging and writes the audit entry, all in
 * one transaction. With baseVersion, a codebook changed meanwhile by someone else is refused.
 */
export async function saveAppCodebook(
  db: Db,
  input: {
    key: string;
    /** Written with its `version` field set to the new version. */
    document: Record<string, unknown>;
    contentHash: string;
    now: Date;
    baseVersion?: number;
    audit: Omit<AuditEntry, 'details'> & { details?: Record<string, unknown> };
  },
): Promise<AppCodebookSave> {
  return db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom('codebooks')
      .select('version')
      .where('key', '=', input.key)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    const current = latest?.version ?? 0;
    if (input.baseVersion !== undefined && input.baseVersion !== current) {
      return { kind: 'stale', latest: current };
    }
    const version = current + 1;
    await trx
      .insertInto('codebooks')
      .values({
        id: randomUUID(),
        key: input.key,
        version,
        document: JSON.stringify({ ...input.document, version }),
        content_hash: input.contentHash,
        managed_by: 'app',
        created_at: input.now.toISOString(),
      })
      .execute();
    const run = await queueRetag(trx, {
      reason: `codebook ${input.key} v${version}`,
      now: input.now,
      surveyIds: await surveysUsingCodebook(trx, input.key),
    });
    await audit(trx, {
      ...input.audit,
      details: { ...input.audit.details, version, retagged: run.total },
    });
    return { kind: 'saved', version, retagged: run.total };
  });
}

export interface AnswersToPreview {
  versionId: string;
  answers: Record<string, unknown>;
}

/** The most recent responses to the given versions, newest first. */
export async function recentResponsesOf(
  db: Db,
  versionIds: string[],
  limit: number,
): Promise<AnswersToPreview[]> {
  if (versionIds.length === 0) return [];
  const rows = await db
    .selectFrom('responses')
    .select(['version_id', 'answers'])
    .where('version_id', 'in', versionIds)
    .orderBy('submitted_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    versionId: r.version_id,
    answers: JSON.parse(r.answers) as Record<string, unknown>,
  }));
}

/** Every version with its settings text, optionally of one survey. */
export async function listVersionSettings(
  db: Db,
  surveyId?: string,
): Promise<{ id: string; settings: string }[]> {
  let query = db.selectFrom('survey_versions').select(['id', 'settings']);
  if (surveyId !== undefined) query = query.where('survey_id', '=', surveyId);
  return query.execute();
}
