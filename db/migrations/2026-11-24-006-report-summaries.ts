// Frozen: never edit a migration that has shipped; add a new one.
// One narrow row per tagged response, so a report reads 100,000 rows rather than millions of
// answer_analysis and answer_themes rows. Created empty: responses tagged before it are read from
// those tables until the tag worker fills their rows in (no re-tagging, so no tag changes).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_summaries')
    .addColumn('response_id', 'text', (c) => c.primaryKey().references('responses.id'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  // A report reads its survey's rows apart from the responses: matching them in memory is several
  // times cheaper than a join looking up each response's row.
  await db.schema
    .createIndex('report_summaries_survey')
    .on('report_summaries')
    .column('survey_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_summaries').execute();
}
