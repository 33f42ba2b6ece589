// The attack from the anonymity probe: with a copy of the database file and its write-ahead log,
// replay the log commit by commit and look at what each commit that stored a response changed.
// A family knows its own code, so anything computable from a code without the server's secret
// (the code itself, its stored hash) must never change in the commit that stores a response.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { hashAccessCode, normaliseAccessCode } from '../../server/access-codes.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';
import { walCommits } from '../support/wal-commits.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

/** Every row of every table, as text, in a database file. */
async function rowsOf(file: string): Promise<Set<string>> {
  const db = openSqlite(file);
  try {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    const rows = new Set<string>();
    for (const { name } of tables.rows) {
      const result = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
        db,
      );
      for (const row of result.rows) rows.add(`${name} ${JSON.stringify(row)}`);
    }
    return rows;
  } finally {
    await db.destroy();
  }
}

describe('a copy of the database and its write-ahead log', () => {
  it('does not pair any family\u2019s access code with the response it let in, commit by commit', async () => {
    t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
    await t.deps.db.updateTable('surveys').set({ access_codes_required: 1 }).execute();
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const issued = await t.request(
      '/api/surveys/tiny/access-codes',
      asToken(designer, 'POST', { count: 5 }),
    );
    const codes = ((await issued.json()) as { codes: string[] }).codes;
    const survey = await t.deps.db.selectFrom('surveys').select('id').executeTakeFirstOrThrow();
    // Force what came before onto the main file, so the log holds only the submissions.
    await sql`pragma wal_checkpoint(truncate)`.execute(t.deps.db);
    const file = t.config.databaseFile;
    const base = readFileSync(file);
    for (const code of codes) {
      const res = await t.request(
        '/api/surveys/tiny/responses',
        postJson({ answers: validTinyAnswers, accessCode: code }),
      );
      expect(res.status).toBe(201);
    }
    const { pageSize, commits } = walCommits(readFileSync(`${file}-wal`));
    expect(commits.length).toBeGreaterThanOrEqual(codes.length);

    // What a family (or anyone with the list of codes) can compute from a code.
    const knowable = codes.flatMap((code) => [
      normaliseAccessCode(code),
      hashAccessCode(survey.id, code),
    ]);
    let image = Buffer.from(base);
    const before = join(t.dataDir, 'replay-base.sqlite');
    writeFileSync(before, base);
    let previous = await rowsOf(before);
    let responsesSeen = 0;
    for (const [i, commit] of commits.entries()) {
      image = Buffer.concat([
        image,
        Buffer.alloc(Math.max(0, commit.pageCount * pageSize - image.length)),
      ]);
      for (const [page, data] of commit.pages) data.copy(image, (page - 1) * pageSize);
      const snapshot = join(t.dataDir, `replay-${i}.sqlite`);
      writeFileSync(snapshot, image.subarray(0, commit.pageCount * pageSize));
      const rows = await rowsOf(snapshot);
      const added = [...rows].filter((row) => !previous.has(row));
      const removed = [...previous].filter((row) => !rows.has(row));
      if (added.some((row) => row.startsWith('responses '))) {
        responsesSeen++;
        for (const change of [...added, ...removed]) {
          for (const value of knowable) expect(change, `commit ${i}`).not.toContain(value);
        }
      }
      previous = rows;
    }
    expect(responsesSeen).toBe(codes.length);
  });
});
