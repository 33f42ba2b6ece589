// Officers' review: safeguarding, coding themes by hand, quote approval and agreement.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, jsonInit, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

const withConsent = {
  pages: [
    ...tinySurveyJson.pages,
    {
      name: 'consent',
      elements: [
        {
          type: 'radiogroup',
          name: 'quote_consent',
          title: 'May we quote you?',
          choices: ['yes', 'no'],
        },
      ],
    },
  ],
};

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
const api = (path: string, method = 'GET', body?: unknown) =>
  t.request(`/api/surveys/tiny${path}`, { ...asToken(token, method, body) });

describe('safeguarding review', () => {
  it('lists flagged answers with what was written, first unreviewed, and records a review', async () => {
    const id = await submit('My son talks about wanting to die and we cannot cope');
    await submit('The bus is late');
    await t.tagWorker.drain();
    const list = (await (await api('/safeguarding')).json()) as {
      responseId: string;
      text: string;
      reviewed: unknown;
    }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ responseId: id, reviewed: null });
    expect(list[0]?.text).toContain('wanting to die');
    // Officers read the question as parents saw it, not its internal name.
    expect(list[0]).toMatchObject({
      question: 'working_well',
      questionTitle: 'What is working well?',
    });
    expect(
      (await api('/safeguarding/review', 'POST', { responseId: id, question: 'working_well' }))
        .status,
    ).toBe(204);
    const after = (await (await api('/safeguarding')).json()) as {
      reviewed: { by: string } | null;
    }[];
    expect(after[0]?.reviewed?.by).toMatch(/@council\.example$/);
    const missing = await api('/safeguarding/review', 'POST', {
      responseId: crypto.randomUUID(),
      question: 'working_well',
    });
    expect(missing.status).toBe(404);
    expect((await t.request('/api/surveys/tiny/safeguarding')).status).toBe(401);
  });
});

describe('coding themes by hand', () => {
  it('shows automatic themes with evidence, and an officer’s codes win in reports and agreement', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(await submit(`We waited two years for the EHC plan (${i})`));
    await t.tagWorker.drain();
    const answers = (await (await api('/answers?question=working_well&limit=5')).json()) as {
      themes: { id: string; source: string; evidence: string[] }[];
    }[];
    expect(answers).toHaveLength(5);
    expect(answers[0]?.themes).toContainEqual(
      expect.objectContaining({ id: 'delays', source: 'auto' }),
    );
    for (const id of ids) {
      const res = await api(`/answers/${id}/working_well/themes`, 'PUT', {
        themes: ['ehcp', 'transport'],
      });
      expect(res.status).toBe(200);
    }
    const report = (await (await api('/report')).json()) as {
      questions: { name: string; themes?: { id: string; count?: number }[] }[];
    };
    const themes = report.questions.find((q) => q.name === 'working_well')?.themes ?? [];
    expect(themes.find((th) => th.id === 'transport')).toMatchObject({ count: 12 });
    expect(themes.find((th) => th.id === 'delays')?.count ?? 0).toBe(0);
    const agreement = (await (await api('/agreement')).json()) as {
      coded: number;
      themes: Record<string, { precision: number; recall: number }>;
    };
    expect(agreement.coded).toBe(12);
    expect(agreement.themes.transport?.recall).toBe(0);
    expect(agreement.themes.ehcp?.recall).toBe(1);
    const filtered = (await (
      await api('/answers?question=working_well&theme=delays')
    ).json()) as unknown[];
    expect(filtered).toHaveLength(0);
  });
});

describe('quote approval', () => {
  it('keeps quotes out of published files until an officer approves them', async () => {
    for (let i = 0; i < 12; i++) await submit(`We waited two years for the EHC plan, number ${i}`);
    await t.tagWorker.drain();
    const delays = async () => {
      const report = (await (await api('/report')).json()) as {
        questions: {
          name: string;
          themes?: {
            id: string;
            quotes?: string[];
            candidates?: { key: string; text: string; approved: boolean }[];
          }[];
        }[];
      };
      return report.questions
        .find((q) => q.name === 'working_well')
        ?.themes?.find((th) => th.id === 'delays');
    };
    const before = await delays();
    const candidate = before?.candidates?.[0];
    expect(candidate?.approved).toBe(false);
    // `quotes` holds only what may be published: nothing yet.
    expect(before?.quotes).toEqual([]);
    expect(await (await api('/report?format=html')).text()).not.toContain(candidate?.text ?? '???');
    expect((await api('/quotes', 'POST', { key: candidate?.key, approved: true })).status).toBe(
      204,
    );
    expect(await (await api('/report?format=html')).text()).toContain(candidate?.text ?? '???');
    const after = await delays();
    expect(after?.quotes).toEqual([candidate?.text]);
    expect(after?.candidates?.[0]).toEqual({ ...candidate, approved: true });
  });

  it('refuses to approve the words of a parent who said no to being quoted (409), and audits approvals', async () => {
    const refused = await submit('Please do not quote this: the panel ignored us', 'no');
    const agreed = await submit('The panel listened to us this time', 'yes');
    await t.tagWorker.drain();
    const res = await api('/quotes', 'POST', { key: `${refused}:working_well`, approved: true });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'quote_not_consented',
    );
    const html = await (await api('/report?format=html')).text();
    expect(html).not.toContain('Please do not quote this');
    // Withdrawing stays possible, and a consenting parent's words can be approved.
    expect(
      (await api('/quotes', 'POST', { key: `${refused}:working_well`, approved: false })).status,
    ).toBe(204);
    expect(
      (await api('/quotes', 'POST', { key: `${agreed}:working_well`, approved: true })).status,
    ).toBe(204);
    const actions = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target'])
      .where('action', 'like', 'quote.%')
      .execute();
    expect(actions).toEqual([
      { action: 'quote.withdraw', target: `tiny/${refused}:working_well` },
      { action: 'quote.approve', target: `tiny/${agreed}:working_well` },
    ]);
  });

  it('refuses an approval without an account or for an unknown answer', async () => {
    const res = await t.request(
      '/api/surveys/tiny/quotes',
      jsonInit('POST', { key: 'x', approved: true }),
    );
    expect(res.status).toBe(401);
    const unknown = await api('/quotes', 'POST', {
      key: `${crypto.randomUUID()}:working_well`,
      approved: true,
    });
    expect(unknown.status).toBe(404);
  });
});
