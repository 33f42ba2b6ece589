// Frozen: never edit a migration that has shipped; add a new one.
// Training runs asked for in the app: a queue any instance may work on (by lease), with what each
// run measured and the model it made, until an administrator installs or discards it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_trainings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('codebook_key', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('finished_at', 'text')
    .addColumn('coded', 'integer')
    .addColumn('held_out', 'integer')
    .addColumn('agreement', 'text')
    .addColumn('document', 'text')
    .addColumn('labels', 'text')
    .addColumn('model_id', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('failure', 'text')
    .execute();
  await db.schema
    .createIndex('model_trainings_status')
    .on('model_trainings')
    .columns(['status', 'requested_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('model_trainings').execute();
}
