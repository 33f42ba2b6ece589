// Frozen: never edit a migration that has shipped; add a new one.
// An officer's own wording of a report's summary page, in place of the drafted one, with a digest
// of every figure of the survey when it was saved, so the report can say when it may be out of
// date. One per survey.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_summary_texts')
    .addColumn('survey_id', 'text', (c) => c.primaryKey().references('surveys.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('figures_when_written', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_summary_texts').execute();
}
