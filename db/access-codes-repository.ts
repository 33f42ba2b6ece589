// Single-use access codes. A code is stored only as a hash and a used flag: nothing records when
// it was used or by which response, so using one cannot identify the answers.
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
  const row = await db
    .selectFrom('access_codes')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('issued'),
      eb.fn.sum<number | string | null>('used').as('used'),
    ])
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return { issued: Number(row.issued), used: Number(row.used ?? 0) };
}

/** Whether the code exists and is unused, without using it. */
export async function isAccessCodeUnused(db: Db, surveyId: string, codeHash: string) {
  const row = await db
    .selectFrom('access_codes')
    .select('used')
    .where('survey_id', '=', surveyId)
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  return row?.used === 0;
}

/**
 * Marks the code used if it exists and is unused; false otherwise. Run inside the transaction
 * that stores the response, so a code is used exactly when a response is stored. A conditional
 * update, so two instances racing for one code cannot both win.
 */
export async function spendAccessCode(db: Db, surveyId: string, codeHash: string) {
  const result = await db
    .updateTable('access_codes')
    .set({ used: 1 })
    .where('survey_id', '=', surveyId)
    .where('code_hash', '=', codeHash)
    .where('used', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
