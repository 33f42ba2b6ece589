// Frozen: never edit a migration that has shipped; add a new one.
// A used access code is no longer marked on its own row (that row changed in the very commit that
// stored the response, so the write-ahead log paired them). Instead the response's commit adds an
// HMAC of the code under the server's secret, kept outside the database, to this table.
// Codes marked used before this keep their flag.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('spent_access_codes')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('spent_access_codes_pk', ['survey_id', 'tag'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('spent_access_codes').execute();
}
