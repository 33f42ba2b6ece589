// Frozen: never edit a migration that has shipped; add a new one.
// Anonymous receipts: an HMAC of the parent's receipt code (under the server's secret, never the
// code) pointing at the response, and links from a response to the same parent's response to the
// previous survey of the series. No time is stored: rows get random rowids like every table
// written per response (db/random-rowid.ts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('receipts')
    .addColumn('tag', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().unique().references('responses.id'))
    .execute();
  await db.schema
    .createTable('response_links')
    .addColumn('response_id', 'text', (c) => c.primaryKey().references('responses.id'))
    .addColumn('previous_response_id', 'text', (c) => c.notNull().references('responses.id'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .execute();
  // One link per earlier response and later survey: a receipt cannot stand for two people.
  await db.schema
    .createIndex('response_links_previous')
    .on('response_links')
    .columns(['previous_response_id', 'survey_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('response_links').execute();
  await db.schema.dropTable('receipts').execute();
}
