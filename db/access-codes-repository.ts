// Single-use access codes. An issued code is stored as a hash; a used one adds an HMAC under the
// server's secret to spent_access_codes in the response's own commit. The code's row is never
// touched when it is used, so nothing in the database files (write-ahead log included) pairs a
// family's code with the answers it let in.
import { type AuditEntry, audit } from './audit-repository.ts';
import type { Db } from './connection.ts';

/** Stores a batch of codes and its audit row in one transaction: all of it, or none. */
export async function insertAccessCodes(
  db: Db,
  surveyId: string,
  codeHashes: string[],
  entry: AuditEntry,
) {
  if (codeHashes.length === 0) return;
  await db.transaction().execute(async (trx) => {
    // Chunked to stay under SQLite's limit on bound parameters per statement.
    for (let i = 0; i < codeHashes.length; i += 300) {
      await trx
        .insertInto('access_codes')
        .values(
          codeHashes
            .slice(i, i + 300)
            .map((code_hash) => ({ survey_id: surveyId, code_hash, used: 0 })),
        )
        .execute();
    }
    await audit(trx, entry);
  });
}

export async function countAccessCodes(
  db: Db,
  surveyId: string,
): Promise<{ issued: number; used: number }> {
  const issued = await db
    .selectFrom('access_codes')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('issued'),
      eb.fn.sum<number | string | null>('used').as('used'),
    ])
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  const spent = await db
    .selectFrom('spent_access_codes')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return { issued: Number(issued.issued), used: Number(issued.used ?? 0) + Number(spent.n) };
}

/** A code as the server knows it: its hash (issued?) and its spent tag (used since?). */
export interface AccessCodeKeys {
  hash: string;
  spentTag: string;
}

/** Whether the code was issued and has not been used, without using it. */
export async function isAccessCodeUnused(db: Db, surveyId: string, code: AccessCodeKeys) {
  const row = await db
    .selectFrom('access_codes')
    .select('used')
    .where('survey_id', '=', surveyId)
    .where('code_hash', '=', code.hash)
    .executeTakeFirst();
  if (row?.used !== 0) return false;
  const spent = await db
    .selectFrom('spent_access_codes')
    .select('tag')
    .where('survey_id', '=', surveyId)
    .where('tag', '=', code.spentTag)
    .executeTakeFirst();
  return spent === undefined;
}
