// An insider with the database must not learn when a response arrived more precisely than its
// hour: every time stored in a row about a response is cut to the hour, including those written
// by the tagger moments after the submission.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { leaseEnd } from '../../db/tagging-repository.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

async function tablesAboutResponses(app: TestApp): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
    app.deps.db,
  );
  const chosen: string[] = [];
  for (const { name } of tables.rows) {
    const columns = await sql<{
      name: string;
    }>`select name from pragma_table_info(${name})`.execute(app.deps.db);
    if (name === 'responses' || columns.rows.some((c) => c.name === 'response_id')) {
      chosen.push(name);
    }
  }
  return chosen;
}

describe('times stored about a response', () => {
  it('are never finer than the hour, in any table, after submission and tagging', async () => {
    // A clock that moves on by seconds, as a real one does between submitting and tagging.
    let clock = Date.parse('2026-03-04T14:37:12.345Z');
    t = await createTestApp({
      surveysDir: writeSurveysDir([surveyFile()]),
      now: () => {
        clock += 1_234;
        return new Date(clock);
      },
    });
    for (const text of ['We waited two years for a plan', 'The SENCO listens']) {
      const res = await t.request(
        '/api/surveys/tiny/responses',
        postJson(
          { answers: { ...validTinyAnswers, working_well: text } },
          { 'Idempotency-Key': `key-${text.length}-abcdefgh` },
        ),
      );
      expect(res.status).toBe(201);
    }
    await t.tagWorker.drain();
    const tables = await tablesAboutResponses(t);
    expect(tables).toEqual(
      expect.arrayContaining(['responses', 'answer_analysis', 'answer_themes']),
    );
    let times = 0;
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        t.deps.db,
      );
      for (const row of rows.rows) {
        for (const [column, value] of Object.entries(row)) {
          const match = typeof value === 'string' ? ISO_TIME.exec(value) : null;
          if (!match) continue;
          times++;
          expect(`${match[2]}:${match[3]}${match[4] ?? ''}`, `${table}.${column}`).toMatch(
            /^00:00(\.0+)?$/,
          );
        }
      }
    }
    expect(times).toBeGreaterThan(4);
    // Starting the tagging thread alone can take seconds on a busy machine.
  }, 30_000);
});

describe('a tagging lease', () => {
  it('runs out on the hour, never at a time that dates the claim (and so the response)', () => {
    expect(leaseEnd(new Date('2026-03-04T14:37:12.345Z'), 60_000)).toBe('2026-03-04T15:00:00.000Z');
    expect(leaseEnd(new Date('2026-03-04T14:59:30.000Z'), 60_000)).toBe('2026-03-04T16:00:00.000Z');
  });
});
