// Frozen: never edit a migration that has shipped; add a new one.
// Per answer, the themes where the trained model decided otherwise than the keyword rules, so that
// "Check the coding" can put them first. Answers tagged before this have none until re-tagged.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('answer_analysis')
    .addColumn('disputed_themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('answer_analysis').dropColumn('disputed_themes').execute();
}
