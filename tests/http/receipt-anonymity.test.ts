// The attacks from the anonymity probe, on receipts: with a copy of the database (and its
// write-ahead log), a receipt code must not be found or checked without the server's secret, and
// the stored order of receipt and link rows must not tell the order parents sent answers in.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { IDEMPOTENCY_HEADER } from '../../server/contracts.ts';
import { receiptCode } from '../support/receipt-codes.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';
import { walCommits } from '../support/wal-commits.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

const start = async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([
      surveyFile({ series: 'wave', opensAt: '2026-01-05T09:00:00Z' }),
      surveyFile({
        slug: 'tiny-2',
        title: 'A year on',
        series: 'wave',
        opensAt: '2026-06-01T09:00:00Z',
      }),
    ]),
  });
  return t;
};

async function sendAll(app: TestApp, slug: string, bodies: Record<string, unknown>[]) {
  const ids: string[] = [];
  for (const [i, body] of bodies.entries()) {
    const res = await app.request(
      `/api/surveys/${slug}/responses`,
      postJson(
        { answers: validTinyAnswers, ...body },
        { [IDEMPOTENCY_HEADER]: `submission-${slug}-${i}` },
      ),
    );
    expect(res.status).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}

/** Spearman's rank correlation between the order sent and the stored (rowid) order. */
async function storedOrderRho(app: TestApp, table: string, sent: string[]) {
  const { rows } = await sql<{ id: string }>`
    select response_id as id from ${sql.table(table)} order by rowid`.execute(app.deps.db);
  const place = new Map(sent.map((id, i) => [id, i]));
  const stored = rows.map((r) => place.get(r.id) ?? -1);
  expect(stored.filter((i) => i >= 0)).toHaveLength(sent.length);
  const n = stored.length;
  const d2 = stored.reduce((sum, sentAt, storedAt) => sum + (sentAt - storedAt) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

async function dumpOf(file: string): Promise<string> {
  const db = openSqlite(file);
  try {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      const { rows } = await sql`select * from ${sql.table(name)}`.execute(db);
      parts.push(JSON.stringify(rows));
    }
    return parts.join('\n');
  } finally {
    await db.destroy();
  }
}

describe('receipts in a copy of the database', () => {
  it('are stored in no order that follows the order answers arrived in', async () => {
    const app = await start();
    const n = 120;
    const earlier = Array.from({ length: n }, (_, i) => receiptCode(i));
    const first = await sendAll(
      app,
      'tiny',
      earlier.map((receipt) => ({ receipt })),
    );
    const later = await sendAll(
      app,
      'tiny-2',
      earlier.map((previousReceipt, i) => ({ receipt: receiptCode(1000 + i), previousReceipt })),
    );
    // For a random order of 120, rho has a standard deviation of 1/sqrt(119) = 0.09; stored in
    // arrival order it is 1.
    const rhos = {
      receipts: await storedOrderRho(app, 'receipts', [...first, ...later]),
      response_links: await storedOrderRho(app, 'response_links', later),
    };
    for (const [table, rho] of Object.entries(rhos)) {
      expect.soft(Math.abs(rho), table).toBeLessThan(0.45);
    }
  }, 120_000);

  it('hold nothing a family could compute from its code, in any commit of the log', async () => {
    const app = await start();
    await sql`pragma wal_checkpoint(truncate)`.execute(app.deps.db);
    const codes = [0, 1, 2].map((i) => receiptCode(500 + i));
    await sendAll(
      app,
      'tiny',
      codes.map((receipt) => ({ receipt })),
    );
    await sendAll(
      app,
      'tiny-2',
      codes.map((previousReceipt) => ({ previousReceipt })),
    );
    const file = app.config.databaseFile;
    const base = readFileSync(file);
    const { pageSize, commits } = walCommits(readFileSync(`${file}-wal`));
    expect(commits.length).toBeGreaterThanOrEqual(codes.length * 2);
    const knowable = codes.flatMap((code) => {
      const plain = code.replaceAll('-', '');
      return [plain, code, createHash('sha256').update(plain).digest('hex')];
    });
    let image = Buffer.from(base);
    for (const [i, commit] of commits.entries()) {
      image = Buffer.concat([
        image,
        Buffer.alloc(Math.max(0, commit.pageCount * pageSize - image.length)),
      ]);
      for (const [page, data] of commit.pages) data.copy(image, (page - 1) * pageSize);
      const snapshot = join(app.dataDir, `replay-${i}.sqlite`);
      writeFileSync(snapshot, image.subarray(0, commit.pageCount * pageSize));
      const dump = await dumpOf(snapshot);
      for (const value of knowable) expect(dump, `commit ${i}`).not.toContain(value);
    }
    // The raw log too, bytes included, whatever a page holds besides rows.
    const raw = readFileSync(`${file}-wal`).toString('latin1');
    for (const value of knowable) expect(raw).not.toContain(value);
  }, 120_000);
});
