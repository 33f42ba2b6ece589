// Frozen: never edit a migration that has shipped; add a new one.
// Published results: each publication is a snapshot of the report document for the questions an
// officer chose, stored whole so later answers, withdrawals and re-coding change nothing until
// an officer publishes again. `publication_responses` keeps a keyed hash of each response counted
// (never the id itself, so a withdrawn response leaves nothing that names it) so a new
// publication can be compared with every earlier one without keeping any answer.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('responses', 'integer', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('unpublished_by', 'text')
    .addColumn('unpublished_on', 'text')
    .addUniqueConstraint('publications_survey_number', ['survey_id', 'number'])
    .execute();
  await db.schema
    .createTable('publication_responses')
    .addColumn('publication_id', 'text', (c) =>
      c.notNull().references('publications.id').onDelete('cascade'),
    )
    .addColumn('response_tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_responses_pk', ['publication_id', 'response_tag'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publication_responses').execute();
  await db.schema.dropTable('publications').execute();
}
