// Frozen: never edit a migration that has shipped; add a new one.
// An officer may approve a shorter part of an answer: the words approved are kept with the
// approval (null: the whole redacted answer).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('quote_approvals').addColumn('excerpt', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('quote_approvals').dropColumn('excerpt').execute();
}
