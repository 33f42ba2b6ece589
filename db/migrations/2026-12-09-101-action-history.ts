// Frozen: never edit a migration that has shipped; add a new one.
// "You said, we did": what happened to each action since it was written (dated notes and status
// changes), its wording in easy read and other languages, a forum member's sign-off of one exact
// wording (by a hash of it, so any change needs signing off again), and the figure that prompted it
// with, once a later survey of the series measures it again, the figure now. Days only: these are
// public pages, and a day is all a reader needs.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('action_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    // 1, 2, ... per action: the order updates were written in, days being all that is kept.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('written_on', 'text', (c) => c.notNull())
    .addColumn('written_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    // The status the action moved to, when the update changed it.
    .addColumn('status', 'text')
    .execute();
  await db.schema
    .createIndex('action_updates_action')
    .on('action_updates')
    .columns(['action_id', 'position'])
    .execute();
  await db.schema
    .createTable('action_texts')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_texts_pk', ['action_id', 'locale'])
    .execute();
  await db.schema
    .createTable('action_approvals')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('approved_by_id', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('approved_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_approvals_pk', ['action_id', 'content_hash'])
    .execute();
  await db.schema
    .createTable('action_figures')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    // 'then' (when the action was written) or 'now' (a later survey of the series).
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('percent', 'real', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('measured_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_figures_pk', ['action_id', 'role'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['action_figures', 'action_approvals', 'action_texts', 'action_updates']) {
    await db.schema.dropTable(table).execute();
  }
}
