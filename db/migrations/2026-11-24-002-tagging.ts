// Frozen: never edit a migration that has shipped; add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('codebooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('managed_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('codebooks_key_version', ['key', 'version'])
    .execute();

  await db.schema
    .createTable('theme_models')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('example_count', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('answer_analysis')
    .addColumn('response_id', 'text', (c) => c.notNull().references('responses.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('substantive', 'integer', (c) => c.notNull())
    .addColumn('sentiment_score', 'real', (c) => c.notNull())
    .addColumn('sentiment_label', 'text', (c) => c.notNull())
    .addColumn('safeguarding', 'integer', (c) => c.notNull())
    .addColumn('safeguarding_evidence', 'text', (c) => c.notNull())
    .addColumn('redacted', 'text', (c) => c.notNull())
    .addColumn('codebook_key', 'text', (c) => c.notNull())
    .addColumn('codebook_version', 'integer', (c) => c.notNull())
    .addColumn('model_id', 'text')
    .addColumn('tagged_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_analysis_pk', ['response_id', 'question'])
    .execute();

  await db.schema
    .createTable('answer_themes')
    .addColumn('response_id', 'text', (c) => c.notNull().references('responses.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('theme_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('score', 'real')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('codebook_version', 'integer')
    .addColumn('model_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_themes_pk', ['response_id', 'question', 'theme_id', 'source'])
    .execute();
  await db.schema
    .createIndex('answer_themes_theme')
    .on('answer_themes')
    .columns(['theme_id', 'question'])
    .execute();

  await db.schema
    .createTable('tag_jobs')
    .addColumn('response_id', 'text', (c) => c.primaryKey().references('responses.id'))
    .addColumn('run_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tag_jobs_lease').on('tag_jobs').columns(['lease_until']).execute();
  await db.schema.createIndex('tag_jobs_run').on('tag_jobs').columns(['run_id']).execute();

  await db.schema
    .createTable('retag_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'retag_runs',
    'tag_jobs',
    'answer_themes',
    'answer_analysis',
    'theme_models',
    'codebooks',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
