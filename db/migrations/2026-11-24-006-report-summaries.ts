// Frozen: never edit a migration that has shipped; add a new one.
// One narrow row per response, so a report reads 100,000 short rows rather than every answer's
// JSON and millions of answer_analysis and answer_themes rows: what it counts of the answers
// (answer_codes, written with the response) and of their free text (summary, written with its
// tags; null until tagged). The response's version, hour and channel are copied (a response never
// changes), so a report reads this table alone. Created empty: older responses are read from
// their answers and tags until the tag worker fills their rows in.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_summaries')
    .addColumn('response_id', 'text', (c) => c.primaryKey().references('responses.id'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('survey_versions.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('answer_codes', 'text')
    .addColumn('summary', 'text')
    .execute();
  // A report reads its survey's rows alone, in pages ordered by time then id (so each page is a
  // range of this index, not a sort).
  await db.schema
    .createIndex('report_summaries_survey')
    .on('report_summaries')
    .columns(['survey_id', 'submitted_at', 'response_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_summaries').execute();
}
