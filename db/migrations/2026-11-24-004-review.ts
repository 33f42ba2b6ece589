// Frozen: never edit a migration that has shipped; add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('safeguarding_reviews')
    .addColumn('response_id', 'text', (c) => c.notNull().references('responses.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('safeguarding_reviews_pk', ['response_id', 'question'])
    .execute();
  await db.schema
    .createTable('quote_approvals')
    .addColumn('response_id', 'text', (c) => c.notNull().references('responses.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_approvals_pk', ['response_id', 'question'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quote_approvals').execute();
  await db.schema.dropTable('safeguarding_reviews').execute();
}
