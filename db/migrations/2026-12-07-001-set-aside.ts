// Frozen: never edit a migration that has shipped; add a new one.
// Batches of responses an officer set aside from reports (suspected junk), with who, when and why,
// and which responses each holds. Nothing is deleted: undoing a batch marks it undone, and its
// responses count again. `active` on a member row is a copy of "the batch is not undone", so a
// report's "is this response set aside?" is one index probe rather than a join per response.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('set_aside_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('cluster_id', 'text', (c) => c.notNull())
    .addColumn('from_hour', 'text')
    .addColumn('to_hour', 'text')
    .addColumn('responses', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('undone_by', 'text')
    .addColumn('undone_at', 'text')
    .addColumn('undo_reason', 'text')
    .execute();
  await db.schema
    .createIndex('set_aside_batches_survey')
    .on('set_aside_batches')
    .columns(['survey_id', 'set_at'])
    .execute();
  await db.schema
    .createTable('set_aside_responses')
    .addColumn('batch_id', 'text', (c) => c.notNull().references('set_aside_batches.id'))
    .addColumn('response_id', 'text', (c) => c.notNull().references('responses.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('set_aside_responses_pk', ['batch_id', 'response_id'])
    .execute();
  await db.schema
    .createIndex('set_aside_responses_response')
    .on('set_aside_responses')
    .columns(['response_id', 'active'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('set_aside_responses').execute();
  await db.schema.dropTable('set_aside_batches').execute();
}
