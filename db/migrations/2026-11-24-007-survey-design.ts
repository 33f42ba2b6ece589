// Frozen: never edit a migration that has shipped; add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey_drafts')
    .addColumn('survey_id', 'text', (c) => c.primaryKey().references('surveys.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('series', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('survey_approvals')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_approvals_pk', ['survey_id', 'revision', 'role', 'user_id'])
    .execute();
  await db.schema
    .alterTable('surveys')
    .addColumn('requires_approval', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('surveys')
    .addColumn('access_codes_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('survey_versions').addColumn('published_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('survey_versions').dropColumn('published_by').execute();
  await db.schema.alterTable('surveys').dropColumn('access_codes_required').execute();
  await db.schema.alterTable('surveys').dropColumn('requires_approval').execute();
  await db.schema.dropTable('survey_approvals').execute();
  await db.schema.dropTable('survey_drafts').execute();
}
