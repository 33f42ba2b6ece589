// The ceiling the response endpoint is measured against: the same rows inserted straight into
// SQLite, one transaction each (as the endpoint does), with the same pragmas as the app.
import SqliteDatabase from 'better-sqlite3';
import { openSqlite } from './connection.ts';
import { migrateToLatest } from './migrate.ts';

export interface RawRow {
  id: string;
  answers: string;
  submittedAt: string;
}

export async function measureRawInsertRate(file: string, rows: RawRow[], seconds: number) {
  const db = openSqlite(file);
  await migrateToLatest(db);
  await db
    .insertInto('surveys')
    .values({
      id: 's',
      slug: 'bench',
      title: 'Bench',
      status: 'open',
      opens_at: null,
      closes_at: null,
      series: null,
      current_version_id: 'v',
      managed_by: 'file',
      file_hash: null,
      created_at: '',
      updated_at: '',
    })
    .execute();
  await db
    .insertInto('survey_versions')
    .values({
      id: 'v',
      survey_id: 's',
      version: 1,
      definition: '{}',
      settings: '{}',
      content_hash: '',
      created_at: '',
    })
    .execute();
  await db.destroy();

  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  const insert = sqlite.prepare(
    'insert into responses (id, survey_id, version_id, answers, submitted_at) values (?, ?, ?, ?, ?)',
  );
  const insertOne = sqlite.transaction((row: RawRow, n: number) =>
    insert.run(`${row.id}-${n}`, 's', 'v', row.answers, row.submittedAt),
  );
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < deadline) {
    const row = rows[n % rows.length];
    if (row) insertOne(row, n);
    n++;
  }
  const elapsed = seconds;
  sqlite.close();
  return { inserted: n, perSecond: n / elapsed };
}

/**
 * The store behind the stack's ceiling in `npm run bench`: one prepared insert per request, WAL and
 * synchronous=NORMAL (no fsync per commit), into a table as wide as the responses.
 */
export function openCeilingStore(file: string) {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec(
    'create table if not exists responses (id text primary key, answers text not null, submitted_at text not null)',
  );
  const insert = sqlite.prepare(
    'insert into responses (id, answers, submitted_at) values (?, ?, ?)',
  );
  return {
    insert: (id: string, answers: string, submittedAt: string) => {
      insert.run(id, answers, submittedAt);
    },
    count: () => (sqlite.prepare('select count(*) as n from responses').get() as { n: number }).n,
    close: () => sqlite.close(),
  };
}
