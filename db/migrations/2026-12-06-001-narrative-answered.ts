// Frozen: never edit a migration that has shipped; add a new one.
// How many had answered a question when an officer saved its narrative, so a report can say when
// the figures have moved since. Null for narratives saved before this was recorded.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('report_narratives')
    .addColumn('answered_when_written', 'integer')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('report_narratives').dropColumn('answered_when_written').execute();
}
