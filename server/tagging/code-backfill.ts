// Answer codes for responses stored before they were written with each response (or in an older
// format), filled in by the tag worker when it has nothing to tag. Until then a report reads those
// responses' answers instead, so the figures are the same either way.
import { CODES_FORMAT } from '../../analysis/report/stored-codes.ts';
import type { Db } from '../../db/connection.ts';
import { listResponsesWithoutCodes, saveAnswerCodes } from '../../db/report-summaries.ts';
import { findVersionById } from '../../db/surveys-repository.ts';
import { storedAnswerCodes } from '../reports/stored-codes.ts';
import type { VersionCache } from '../survey-model/compiled-version.ts';

/** Codes one batch; returns how many it stored (0 once every response has current codes). */
export async function fillAnswerCodes(
  deps: { db: Db; versions: VersionCache },
  limit: number,
): Promise<number> {
  const responses = await listResponsesWithoutCodes(deps.db, CODES_FORMAT, limit);
  const codes = new Map<string, string>();
  for (const response of responses) {
    const version = await deps.versions.get(response.version_id, (id) =>
      findVersionById(deps.db, id),
    );
    // Versions are never deleted; should one be missing, stop rather than ask again forever.
    if (!version) return 0;
    codes.set(response.id, storedAnswerCodes(version, JSON.parse(response.answers)));
  }
  if (codes.size > 0) await saveAnswerCodes(deps.db, codes);
  return codes.size;
}
