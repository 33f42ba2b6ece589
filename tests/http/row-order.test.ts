// The attack from the anonymity probe: with a copy of the database, read each table in its stored
// order (`select rowid, * ... order by rowid`, what a plain `select *` scans) and see whether it
// follows the order parents sent their answers in. The hour is the finest time stored; the order
// of rows must not say more.
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import * as randomRowOrder from '../../db/migrations/2026-12-07-005-random-row-order.ts';
import { accessCodeKeys } from '../../server/access-codes.ts';
import { IDEMPOTENCY_HEADER } from '../../server/contracts.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

const SUBMISSIONS = 200;
// For a random order of 200, |rho| has a standard deviation of 1/sqrt(199) = 0.071: 0.35 is
// about 5 of them (a chance below 1e-6 per table); stored in arrival order, rho is 1.
const MAX_RHO = 0.35;
const TEXTS = [
  'The wait for speech therapy is far too long and the transport is late.',
  'Nobody replies to my emails about the EHC plan.',
  'The SENCO listens and the school is inclusive.',
];

let t: TestApp | undefined;
afterEach(async () => t?.close());

/** Spearman's rank correlation of two orderings of the same items (no ties). */
function spearman(xs: number[], ys: number[]) {
  const rank = (vs: number[]) => {
    const order = vs.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const ranks = new Array<number>(vs.length);
    order.forEach(([, i], r) => {
      ranks[i] = r;
    });
    return ranks;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const n = xs.length;
  const d2 = rx.reduce((sum, r, i) => sum + (r - (ry[i] ?? 0)) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** Submits answers one after another; the response ids and codes come back in the order sent. */
async function submitInOrder(app: TestApp, between?: (sent: number) => Promise<void>) {
  await app.deps.db.updateTable('surveys').set({ access_codes_required: 1 }).execute();
  const designer = await tokenFor(app, (await addUser(app, 'designer')).id);
  const issued = await app.request(
    '/api/surveys/tiny/access-codes',
    asToken(designer, 'POST', { count: SUBMISSIONS }),
  );
  const { codes } = (await issued.json()) as { codes: string[] };
  const ids: string[] = [];
  for (const [i, accessCode] of codes.entries()) {
    const answers = { ...validTinyAnswers, working_well: TEXTS[i % TEXTS.length] };
    const res = await app.request(
      '/api/surveys/tiny/responses',
      postJson({ answers, accessCode }, { [IDEMPOTENCY_HEADER]: `submission-${i}` }),
    );
    expect(res.status).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
    await between?.(i + 1);
  }
  return { ids, codes };
}

/**
 * For a table, the correlation between stored order and sending order: each response counted at
 * its first row. `link` names the column holding what `sent` lists in the order sent.
 */
async function storedOrderRho(app: TestApp, table: string, link: string, sent: string[]) {
  const place = new Map(sent.map((id, i) => [id, i]));
  const { rows } = await sql<{ link: string }>`
    select ${sql.ref(link)} as link from ${sql.table(table)} order by rowid`.execute(app.deps.db);
  const firstSeen = new Map<number, number>();
  rows.forEach((row, position) => {
    const at = place.get(row.link);
    if (at !== undefined && !firstSeen.has(at)) firstSeen.set(at, position);
  });
  expect(firstSeen.size, `${table} rows`).toBe(sent.length);
  return spearman([...firstSeen.keys()], [...firstSeen.values()]);
}

describe('the stored order of rows', () => {
  it('does not follow the order answers arrived in, in any table a submission writes', async () => {
    const app = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
    t = app;
    const { ids, codes } = await submitInOrder(app);
    // Spent codes name no response: each is matched to its code (and so its place) by its tag.
    const survey = await app.deps.db.selectFrom('surveys').select('id').executeTakeFirstOrThrow();
    const tags = codes.map((code) => accessCodeKeys(app.deps.appSecret, survey.id, code).spentTag);
    const tables = [
      ['responses', 'id', ids],
      ['idempotency_keys', 'response_id', ids],
      ['report_summaries', 'response_id', ids],
      ['tag_jobs', 'response_id', ids],
      ['spent_access_codes', 'tag', tags],
    ] as const;
    for (const [table, link, sent] of tables) {
      const rho = await storedOrderRho(app, table, link, [...sent]);
      expect.soft(Math.abs(rho), table).toBeLessThan(MAX_RHO);
    }

    // A database written before: the same rows renumbered in arrival order, then upgraded.
    for (const [table, link, sent] of tables) {
      for (const [i, value] of sent.entries()) {
        await sql`update ${sql.table(table)} set rowid = ${i - SUBMISSIONS}
          where ${sql.ref(link)} = ${value}`.execute(app.deps.db);
      }
      expect(await storedOrderRho(app, table, link, [...sent]), table).toBe(1);
    }
    await randomRowOrder.up(app.deps.db as unknown as Kysely<unknown>);
    for (const [table, link, sent] of tables) {
      const rho = await storedOrderRho(app, table, link, [...sent]);
      expect.soft(Math.abs(rho), `${table} after the upgrade`).toBeLessThan(MAX_RHO);
    }
  }, 120_000);

  it('does not follow it in what the tagger writes as it keeps up with arrivals', async () => {
    const app = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
    t = app;
    // The background worker tags what arrived since its last batch: a few at a time.
    const { ids } = await submitInOrder(app, async (sent) => {
      if (sent % 10 === 0) await app.tagWorker.drain();
    });
    for (const table of ['answer_analysis', 'answer_themes']) {
      expect
        .soft(Math.abs(await storedOrderRho(app, table, 'response_id', ids)), table)
        .toBeLessThan(MAX_RHO);
    }
  }, 120_000);
});
