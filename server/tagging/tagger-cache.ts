// One tagger per codebook key, rebuilt when the database holds a newer codebook or model, so every
// app instance follows changes without being told.
import { parseCodebook } from '../../analysis/codebook.ts';
import { createTagger, type Tagger } from '../../analysis/tag-answer.ts';
import { themeModelFromFile } from '../../analysis/theme-model.ts';
import { activeThemeModel, latestCodebook } from '../../db/codebooks-repository.ts';
import type { Db } from '../../db/connection.ts';

export interface TaggerEntry {
  key: string;
  version: number;
  modelId: string | null;
  tagger: Tagger;
}

export function createTaggerCache(db: Db) {
  const entries = new Map<string, TaggerEntry>();

  /** The tagger for each key, checked against the database once per call. */
  return async function taggersFor(keys: Iterable<string>): Promise<Map<string, TaggerEntry>> {
    const model = await activeThemeModel(db);
    const result = new Map<string, TaggerEntry>();
    for (const key of new Set(keys)) {
      const stored = await latestCodebook(db, key);
      if (!stored) continue;
      const cached = entries.get(key);
      const modelId = model?.id ?? null;
      if (cached && cached.version === stored.version && cached.modelId === modelId) {
        result.set(key, cached);
        continue;
      }
      const tagger = createTagger({
        codebook: parseCodebook(stored.document),
        model: model ? themeModelFromFile(model.document) : undefined,
      });
      const entry = { key, version: stored.version, modelId, tagger };
      entries.set(key, entry);
      result.set(key, entry);
    }
    return result;
  };
}
