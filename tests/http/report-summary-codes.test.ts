// Reports count each response from the answer codes stored with it (report_summaries.answer_codes),
// not from its answers JSON: a response with nothing to tag is counted at once, and responses
// without codes (stored before them, or in an older format) are read from their answers instead,
// with the same figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODES_FORMAT } from '../../analysis/report/stored-codes.ts';
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
  t = await createTestApp({ surveysDir: dir, env: { NODE_ENV: 'test', SUPPRESSION_K: '5' } });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());
const SLOW = 60_000;

const { working_well: _text, ...noThemedText } = validTinyAnswers;

/** Answers with no themed text: nothing for the tag worker to do. */
const untagged: Record<string, unknown>[] = [
  ...Array.from({ length: 3 }, () => noThemedText),
  ...Array.from({ length: 2 }, () => ({
    ...noThemedText,
    who: 'carer',
    services: ['salt', 'short_breaks'],
    rating: 2,
    has_plan: false,
    statements: { listened: 'disagree' },
    carer_note: 'Respite has been cancelled twice this term and I am exhausted.',
  })),
  { who: 'carer', carer_note: 'n/a', services: ['none'] },
  { who: 'other', 'who-Comment': 'a grandparent', has_plan: true, quote_consent: 'no' },
  { who: 'other', 'who-Comment': 'an aunt', rating: 5 },
];

async function submit(answers: Record<string, unknown>) {
  const res = await t.request('/api/surveys/tiny/responses', postJson({ answers }));
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
const report = async (query = '') => {
  const res = await t.request(`/api/surveys/tiny/report${query}`, asToken(token));
  expect(res.status).toBe(200);
  return res.text();
};
const codesOf = async () =>
  t.deps.db.selectFrom('report_summaries').select(['answer_codes', 'summary']).execute();

interface ReportJson {
  responses: number;
  questions: {
    name: string;
    answered: number;
    pending?: number;
    options?: { value: unknown; count?: number }[];
  }[];
}
const question = (body: ReportJson, name: string) => body.questions.find((q) => q.name === name);
const countOf = (body: ReportJson, name: string, value: unknown) =>
  question(body, name)?.options?.find((o) => o.value === value)?.count;

describe('answer codes', () => {
  it(
    'count responses without themed answers as soon as they are stored',
    async () => {
      // Five of each, so that every count is at least k (5) or 0 and the report shows them all.
      for (let i = 0; i < 5; i++) for (const answers of untagged) await submit(answers);
      const rows = await codesOf();
      expect(rows).toHaveLength(untagged.length * 5);
      for (const row of rows) {
        expect(row.answer_codes?.startsWith(CODES_FORMAT)).toBe(true);
        expect(row.summary).toBe('{}');
      }

      const body = JSON.parse(await report()) as ReportJson;
      expect(body.responses).toBe(40);
      expect(countOf(body, 'who', 'parent')).toBe(15);
      expect(countOf(body, 'who', 'carer')).toBe(15);
      expect(countOf(body, 'who', 'other')).toBe(10);
      expect(countOf(body, 'rating', 4)).toBe(15);
      expect(countOf(body, 'services', 'camhs')).toBe(15);
      expect(countOf(body, 'services', 'salt')).toBe(10);
      expect(countOf(body, 'has_plan', true)).toBe(20);
      expect(countOf(body, 'has_plan', false)).toBe(10);
      // The carer's "n/a" says nothing: two of the three notes count as answered.
      expect(question(body, 'carer_note')?.answered).toBe(10);
      expect(question(body, 'working_well')?.answered).toBe(0);
      expect(question(body, 'statements')?.answered).toBe(25);
    },
    SLOW,
  );

  it(
    'give the same reports as the answers they were computed from',
    async () => {
      for (const answers of untagged) await submit(answers);
      for (let i = 0; i < 4; i++) {
        await submit({
          ...validTinyAnswers,
          working_well: `The new SENCO listens and the plan arrived on time (${i})`,
          quote_consent: i % 2 === 0 ? 'yes' : 'no',
        });
      }
      await submit({ ...validTinyAnswers, working_well: 'The taxi is late every week.' });
      const queries = ['', '?by=who', '?version=1'];
      const pending = await Promise.all(queries.map((q) => report(q)));
      expect(
        (JSON.parse(pending[0] as string) as ReportJson).questions.find(
          (q) => q.name === 'working_well',
        )?.pending,
      ).toBe(5);
      await t.tagWorker.drain();
      const coded = await Promise.all(queries.map((q) => report(q)));
      const csv = await report('?format=csv');

      // Stored before answer codes existed: no codes, then codes in a format since replaced.
      await t.deps.db.updateTable('report_summaries').set({ answer_codes: null }).execute();
      expect(await Promise.all(queries.map((q) => report(q)))).toEqual(coded);
      await t.deps.db.updateTable('report_summaries').set({ answer_codes: '0y,1,2' }).execute();
      expect(await Promise.all(queries.map((q) => report(q)))).toEqual(coded);
      // And without report rows at all (stored before migration 006).
      await t.deps.db.deleteFrom('report_summaries').execute();
      expect(await Promise.all(queries.map((q) => report(q)))).toEqual(coded);
      expect(await report('?format=csv')).toBe(csv);

      // The app restarted: its tag worker fills the codes in again when idle, and nothing changes.
      await createTagWorker(t.deps).drain();
      const rows = await codesOf();
      expect(rows).toHaveLength(untagged.length + 5);
      expect(rows.every((r) => r.answer_codes?.startsWith(CODES_FORMAT))).toBe(true);
      expect(await Promise.all(queries.map((q) => report(q)))).toEqual(coded);
    },
    SLOW,
  );
});
