// Which codebook version and model each key tags with, checked against the database before every
// batch so every app instance follows changes without being told. Documents are read only when a
// version or model changes: the tagging thread builds the taggers from them once.
import { parseCodebook } from '../../analysis/codebook.ts';
import {
  activeThemeModelId,
  latestCodebook,
  latestCodebookVersion,
  themeModelDocument,
} from '../../db/codebooks-repository.ts';
import type { Db } from '../../db/connection.ts';
import type { TaggerSpec } from './tagging-thread-client.ts';

export interface TaggerEntry extends TaggerSpec {
  version: number;
  modelId: string | null;
}

export function createTaggerCache(db: Db) {
  const entries = new Map<string, TaggerEntry>();
  let model: { id: string; document: unknown } | undefined;

  /** The current tagger of each key (keys without a codebook are left out). */
  return async function taggersFor(keys: Iterable<string>): Promise<Map<string, TaggerEntry>> {
    const modelId = await activeThemeModelId(db);
    if (modelId !== null && model?.id !== modelId) {
      model = { id: modelId, document: await themeModelDocument(db, modelId) };
    }
    const result = new Map<string, TaggerEntry>();
    for (const key of new Set(keys)) {
      const version = await latestCodebookVersion(db, key);
      if (version === undefined) continue;
      let entry = entries.get(key);
      if (!entry || entry.version !== version || entry.modelId !== modelId) {
        const stored = await latestCodebook(db, key);
        if (!stored) continue;
        entry = {
          key,
          version: stored.version,
          modelId,
          // The thread may serve apps on other databases (tests): the content says which codebook.
          stamp: `${stored.version}:${stored.contentHash}:${modelId ?? ''}`,
          codebook: parseCodebook(stored.document),
          model: modelId === null ? null : (model?.document ?? null),
        };
        entries.set(key, entry);
      }
      result.set(key, entry);
    }
    return result;
  };
}
