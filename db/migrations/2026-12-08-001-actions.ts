// Frozen: never edit a migration that has shipped; add a new one.
// What the council will do about what families said ("What we will do"), written by officers per
// survey. Themes and questions an action answers are rows of their own rather than a JSON list, so
// "the actions for this theme" (the later "You said, we did" pages) is a plain indexed query on
// either engine. Dates are kept to the day: actions are staff data, and a day is all a reader needs.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('actions_survey').on('actions').columns(['survey_id']).execute();
  await db.schema
    .createTable('action_themes')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('theme_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_themes_pk', ['action_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('action_themes_theme')
    .on('action_themes')
    .columns(['theme_id'])
    .execute();
  await db.schema
    .createTable('action_questions')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_questions_pk', ['action_id', 'question'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('action_questions').execute();
  await db.schema.dropTable('action_themes').execute();
  await db.schema.dropTable('actions').execute();
}
