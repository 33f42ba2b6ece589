// RETENTION_MONTHS: responses older than the limit go, with their analysis, tags and reviews,
// and the deletion is audited without naming a response.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { TABLES_ABOUT_RESPONSES } from '../../db/response-deletion.ts';
import { countResponses } from '../../db/responses-repository.ts';
import { deleteExpiredResponses, retentionCutoff } from '../../server/services/retention.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('the retention cutoff', () => {
  it('is the same hour so many months back, on the last day of a shorter month', () => {
    expect(retentionCutoff(new Date('2026-08-31T14:37:00Z'), 6)).toBe('2026-02-28T14:00:00.000Z');
    expect(retentionCutoff(new Date('2026-03-10T09:05:00Z'), 12)).toBe('2025-03-10T09:00:00.000Z');
    expect(retentionCutoff(new Date('2026-01-15T00:30:00Z'), 1)).toBe('2025-12-15T00:00:00.000Z');
  });
});

// Starting the tagging thread alone can take seconds on a busy machine.
describe('RETENTION_MONTHS', { timeout: 30_000 }, () => {
  it('must be a whole number of months', async () => {
    await expect(createTestApp({ env: { RETENTION_MONTHS: '0' } })).rejects.toThrow(
      /RETENTION_MONTHS/,
    );
  });

  it('deletes responses older than the limit with everything about them, and audits it', async () => {
    let now = new Date('2025-01-10T10:20:00Z');
    const app = await createTestApp({
      surveysDir: writeSurveysDir([surveyFile()]),
      now: () => now,
      env: { RETENTION_MONTHS: '6' },
    });
    t = app;
    const send = async () => {
      const res = await app.request(
        '/api/surveys/tiny/responses',
        postJson({
          answers: { ...validTinyAnswers, working_well: 'We waited two years for a plan' },
        }),
      );
      expect(res.status).toBe(201);
    };
    await send();
    await send();
    now = new Date('2025-09-01T08:00:00Z');
    await send();
    await app.tagWorker.drain();
    const rowsAbout = async () =>
      (await sql<{ n: number }>`select count(*) as n from answer_analysis`.execute(app.deps.db))
        .rows[0]?.n;
    expect(await rowsAbout()).toBe(3);

    now = new Date('2025-10-01T12:00:00Z');
    expect(await deleteExpiredResponses(app.deps, 6)).toBe(2);
    expect(await countResponses(app.deps.db, 'tiny')).toBe(1);
    expect(await rowsAbout()).toBe(1);
    const retentionRows = async () =>
      (await listAudit(app.deps.db)).filter((a) => a.action === 'retention.delete');
    const [entry] = await retentionRows();
    expect(entry?.actorEmail).toBe('retention');
    expect(entry?.details).toEqual({ cutoff: '2025-04-01T12:00:00.000Z', months: 6, deleted: 2 });
    expect(await deleteExpiredResponses(app.deps, 6)).toBe(0);
    expect(await retentionRows()).toHaveLength(1);
  });

  it('knows every table that points at a response', async () => {
    t = await createTestApp();
    const tables = await sql<{ name: string }>`
      select m.name from sqlite_master m, pragma_table_info(m.name) c
      where m.type = 'table' and c.name = 'response_id'`.execute(t.deps.db);
    expect([...TABLES_ABOUT_RESPONSES].sort()).toEqual(tables.rows.map((r) => r.name).sort());
  });
});
