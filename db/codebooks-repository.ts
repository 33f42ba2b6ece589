import { randomUUID } from 'node:crypto';
import type { Db } from './connection.ts';

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

/** Stores a codebook from its file as a new version, unless unchanged or managed in the app. */
export async function saveFileCodebook(
  db: Db,
  key: string,
  document: unknown,
  contentHash: string,
  now: Date,
): Promise<{ version: number; changed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom('codebooks')
      .select(['version', 'content_hash', 'managed_by'])
      .where('key', '=', key)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    if (latest && (latest.managed_by === 'app' || latest.content_hash === contentHash)) {
      return { version: latest.version, changed: false };
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
    return { version, changed: latest !== undefined };
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

/** Stores a trained model and makes it the one the tagger uses. */
export async function activateThemeModel(
  db: Db,
  model: { document: unknown; labels: string[]; exampleCount: number },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
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
