// Frozen: never edit a migration that has shipped; add a new one.
// Single-use access codes for targeted surveys. Deliberately only three columns: no time of
// issue or use and no response id, so a used code can never be tied to the answers it let in.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_codes')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('access_codes_pk', ['survey_id', 'code_hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('access_codes').execute();
}
