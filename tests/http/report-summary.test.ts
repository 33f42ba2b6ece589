// Reports read report_summaries (one row per tagged response) instead of every tag row: they must
// follow officers' codes and re-tagging at once, and a database from before the table existed must
// report the same before and after the tag worker fills it in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestRetag } from '../../db/tagging-repository.ts';
import { createTagWorker } from '../../server/tagging/tag-worker.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

const withConsent = {
  pages: [
    ...tinySurveyJson.pages,
    {
      name: 'consent',
      elements: [
        { type: 'radiogroup', name: 'quote_consent', title: 'Quote you?', choices: ['yes', 'no'] },
      ],
    },
  ],
};

let t: TestApp;
let token: string;

beforeEach(async () => {
  const dir = writeSurveysDir([
    surveyFile({ json: withConsent, quoteConsentQuestion: 'quote_consent' }),
  ]);
  t = await createTestApp({ surveysDir: dir, env: { NODE_ENV: 'test' } });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());
// Each test submits a dozen answers through the full path: slow on a busy machine.
const SLOW = 60_000;

async function submit(text: string) {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: text, quote_consent: 'yes' } }),
  );
  return ((await res.json()) as { id: string }).id;
}
const api = (path: string, method = 'GET', body?: unknown) =>
  t.request(`/api/surveys/tiny${path}`, { ...asToken(token, method, body) });

interface ReportJson {
  questions: { name: string; themes?: { id: string; count?: number }[] }[];
}
async function themeCounts() {
  const report = (await (await api('/report')).json()) as ReportJson;
  const themes = report.questions.find((q) => q.name === 'working_well')?.themes ?? [];
  return Object.fromEntries(themes.map((th) => [th.id, th.count ?? 0]));
}
const code = async (ids: string[], themes: string[]) => {
  for (const id of ids) {
    expect((await api(`/answers/${id}/working_well/themes`, 'PUT', { themes })).status).toBe(200);
  }
};
const summaryOf = async (id: string) =>
  (
    await t.deps.db
      .selectFrom('report_summaries')
      .select('summary')
      .where('response_id', '=', id)
      .executeTakeFirst()
  )?.summary;

describe('reports from summaries', () => {
  it(
    'follow each change of an officer’s codes',
    async () => {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++)
        ids.push(await submit(`We waited two years for the EHC plan (${i})`));
      await t.tagWorker.drain();
      expect(await summaryOf(ids[0] as string)).toContain('delays');
      expect((await themeCounts()).delays).toBe(12);

      await code(ids, ['transport']);
      let counts = await themeCounts();
      expect(counts.transport).toBe(12);
      expect(counts.delays ?? 0).toBe(0);

      await code(ids, ['ehcp', 'delays']);
      counts = await themeCounts();
      expect(counts.transport ?? 0).toBe(0);
      expect(counts.ehcp).toBe(12);
      expect(counts.delays).toBe(12);
      expect(await summaryOf(ids[0] as string)).not.toContain('transport');
    },
    SLOW,
  );

  it(
    'are rewritten by re-tagging, which keeps officers’ codes',
    async () => {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++)
        ids.push(await submit(`The taxi to school was late again (${i})`));
      await t.tagWorker.drain();
      expect((await themeCounts()).transport).toBe(12);
      await code(ids, ['ehcp']);
      // A stale summary (as if written by an older tagger) is replaced when the answer is re-tagged.
      await t.deps.db.updateTable('report_summaries').set({ summary: '{}' }).execute();
      expect((await themeCounts()).ehcp ?? 0).toBe(0);

      await requestRetag(t.deps.db, { reason: 'codebook changed', now: new Date() });
      await t.tagWorker.drain();
      const counts = await themeCounts();
      expect(counts.ehcp).toBe(12);
      expect(counts.transport ?? 0).toBe(0);
      expect(await summaryOf(ids[11] as string)).toContain('ehcp');
    },
    SLOW,
  );

  it(
    'are the same for tags stored before summaries existed, before and after the back-fill',
    async () => {
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        ids.push(await submit(`We waited two years for the EHC plan and the taxi was late (${i})`));
      }
      await t.tagWorker.drain();
      await code(ids.slice(0, 3), ['ehcp']);
      const before = await (await api('/report')).text();
      const csvBefore = await (await api('/report?format=csv')).text();
      // Migration 006 leaves an existing database in this state: tags, and no summaries.
      await t.deps.db.deleteFrom('report_summaries').execute();
      expect(await (await api('/report')).text()).toBe(before);
      expect(await (await api('/report?format=csv')).text()).toBe(csvBefore);

      // The app started after the migration: its tag worker fills the summaries in when idle, then
      // the answer codes of the same 12 responses.
      const restarted = createTagWorker(t.deps);
      expect(await restarted.drain()).toBe(24);
      const rows = await t.deps.db
        .selectFrom('report_summaries')
        .select(['response_id', 'answer_codes'])
        .execute();
      expect(rows).toHaveLength(12);
      expect(rows.every((r) => r.answer_codes !== null)).toBe(true);
      expect(await summaryOf(ids[0] as string)).toContain('ehcp');
      expect(await (await api('/report')).text()).toBe(before);
      expect(await (await api('/report?format=csv')).text()).toBe(csvBefore);
      // Once filled in, an idle worker has nothing more to summarise.
      expect(await restarted.drain()).toBe(0);
    },
    SLOW,
  );
});
