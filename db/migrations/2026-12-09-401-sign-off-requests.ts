// Frozen: never edit a migration that has shipped; add a new one.
// A designer asks named colleagues (an officer, a parent carer forum member) to sign off a draft.
// One row per survey and person; it lasts until the survey is published, and the person sees it
// on signing in for as long as they have not approved the current draft.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_off_requests')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('asked_by', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_off_requests_pk', ['survey_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('sign_off_requests_user')
    .on('sign_off_requests')
    .column('user_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_off_requests').execute();
}
