// Frozen: never edit a migration that has shipped; add a new one.
// Rows written per response were stored with rowids counting up, so a copy of the database listed
// them in the order they arrived. New rows take random rowids (db/random-rowid.ts); this gives
// the rows already stored random ones too. SQLite's random() is seeded from the system's
// generator. A rare clash aborts the statement, and the migration is tried again.
// PostgreSQL has no rowid: nothing to do there.
import { type Kysely, SqliteAdapter, sql } from 'kysely';

const TABLES = [
  'responses',
  'report_summaries',
  'tag_jobs',
  'idempotency_keys',
  'spent_access_codes',
  'answer_analysis',
  'answer_themes',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const table of TABLES) {
    await sql`update ${sql.table(table)} set rowid = abs(random() % 9007199254740991) + 1`.execute(
      db,
    );
  }
}

// Nothing to undo: the order rows were stored in is not kept anywhere.
export async function down(): Promise<void> {}
