// A report reads redacted texts only for the answers that can still be quoted once every answer's
// length and fingerprint are known. It must choose exactly the quotes it would choose reading every
// text: same ranks, same treatment of repeated wording, consent, safeguarding and approvals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../analysis/report/build-report.ts';
import type { FreeTextAnalysis, ReportInput } from '../../analysis/report/input-types.ts';
import { answerKey, effectiveThemes } from '../../db/effective-themes.ts';
import { listApprovedQuotes } from '../../db/review-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import { loadReportInput } from '../../server/reports/report-input.ts';
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

async function submit(text: string, consent = 'yes') {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: text, quote_consent: consent } }),
  );
  return ((await res.json()) as { id: string }).id;
}

/** The input as reports read it before summaries: every analysis row, every text. */
async function everyText(input: ReportInput): Promise<ReportInput> {
  const db = t.deps.db;
  const analysis = await db.selectFrom('answer_analysis').selectAll().execute();
  const { themes } = effectiveThemes(await db.selectFrom('answer_themes').selectAll().execute());
  const freeText = new Map<string, Map<string, FreeTextAnalysis>>();
  for (const row of analysis) {
    const answers = freeText.get(row.response_id) ?? new Map<string, FreeTextAnalysis>();
    answers.set(row.question, {
      substantive: row.substantive === 1,
      themes: themes.get(answerKey(row.response_id, row.question)) ?? [],
      redacted: row.redacted,
      safeguarding: row.safeguarding === 1,
    });
    freeText.set(row.response_id, answers);
  }
  return { ...input, freeText };
}

describe('quotes chosen from summaries', () => {
  it('are the quotes chosen from every text, in both the officers’ and the published view', async () => {
    const ids: string[] = [];
    const long = 'We waited so long for the EHC plan that the school year had nearly ended. ';
    for (let i = 0; i < 12; i++) ids.push(await submit('We waited two years for the EHC plan.'));
    for (let i = 0; i < 26; i++) {
      ids.push(
        await submit(
          `We waited ${i + 3} months for the EHC plan and nobody told us what was happening.`,
        ),
      );
    }
    for (let i = 0; i < 6; i++) ids.push(await submit(`${long.repeat(5)}(${i})`));
    for (let i = 0; i < 14; i++) ids.push(await submit(`Waited ${i + 2} weeks for the EHC plan.`));
    for (let i = 0; i < 6; i++) {
      await submit(`We waited ${i + 3} months for the EHC plan and heard nothing at all.`, 'no');
    }
    for (let i = 0; i < 4; i++) {
      ids.push(
        await submit(`We waited a year for the EHC plan; he talks about wanting to die ${i}`),
      );
    }
    await t.tagWorker.drain();
    for (const id of [ids[0], ids[20], ids[40], ids[55]]) {
      const approve = { key: `${id}:working_well`, approved: true };
      expect(
        (await t.request('/api/surveys/tiny/quotes', asToken(token, 'POST', approve))).status,
      ).toBe(204);
    }
    // An officer's code moves some answers into a second theme.
    for (const id of ids.slice(12, 24)) {
      const themes = { themes: ['delays', 'communication'] };
      const path = `/api/surveys/tiny/answers/${id}/working_well/themes`;
      expect((await t.request(path, asToken(token, 'PUT', themes))).status).toBe(200);
    }

    const survey = await findSurveyBySlug(t.deps.db, 'tiny');
    if (!survey) throw new Error('no survey');
    const approvedQuotes = await listApprovedQuotes(t.deps.db, survey.id);
    for (const quoteMode of ['internal', 'published'] as const) {
      const input = await loadReportInput(t.deps.db, survey, { quoteMode, approvedQuotes });
      const withText = [...input.freeText.values()].filter(
        (answers) => answers.get('working_well')?.redacted,
      );
      // The point of it: texts that cannot be quoted are never read.
      expect(withText.length).toBeLessThan(ids.length);
      const expected = buildReport(await everyText(input), { k: 10 });
      expect(JSON.stringify(buildReport(input, { k: 10 }))).toBe(JSON.stringify(expected));
      const quoted = expected.questions
        .find((q) => q.name === 'working_well')
        ?.themes?.flatMap((th): unknown[] =>
          'quotes' in th ? [...th.quotes, ...(th.candidates ?? [])] : [],
        );
      expect(quoted?.length ?? 0).toBeGreaterThan(0);
    }
    // Seventy submissions through the full path take a while on a busy machine.
  }, 120_000);
});
