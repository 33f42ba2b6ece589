// Frozen: never edit a migration that has shipped; add a new one.
// How many answers were silently discarded as an obvious bot's, per survey per hour, so officers
// and monitoring can see that it happens (and how often) without anything about who sent them.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bot_discards')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('discarded', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('bot_discards_pk', ['survey_id', 'hour'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('bot_discards').execute();
}
