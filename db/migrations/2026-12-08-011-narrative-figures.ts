// Frozen: never edit a migration that has shipped; add a new one.
// A fingerprint of every figure of a question (counts per option, per row, per theme) when an
// officer saved its narrative, so a report flags the text when any of them moved (re-coding, new
// answers, a batch set aside), not only the number who answered. Null for older narratives.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('report_narratives')
    .addColumn('figures_when_written', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('report_narratives').dropColumn('figures_when_written').execute();
}
