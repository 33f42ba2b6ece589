// Officers may shorten a quote before approving it (parents were promised "short parts"): the words
// approved, and only those, reach every report file; words the parent never wrote are refused.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

const withConsent = {
  pages: [
    ...tinySurveyJson.pages,
    {
      name: 'consent',
      elements: [{ type: 'radiogroup', name: 'quote_consent', choices: ['yes', 'no'] }],
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

const answer = (i: number) =>
  `We waited ${i + 2} months for the EHC plan, and my son Barnaby was out of school the whole ` +
  `time while the panel mislaid our evidence twice. Parents deserve answers, not silence.`;

const api = (path: string, method = 'GET', body?: unknown) =>
  t.request(`/api/surveys/tiny${path}`, asToken(token, method, body));

interface Candidate {
  key: string;
  text: string;
  approved: boolean;
  excerpt?: string;
}
interface Theme {
  id: string;
  quotes?: string[];
  candidates?: Candidate[];
}

async function delays(): Promise<Theme | undefined> {
  const report = (await (await api('/report')).json()) as {
    questions: { name: string; themes?: Theme[] }[];
  };
  return report.questions
    .find((q) => q.name === 'working_well')
    ?.themes?.find((th) => th.id === 'delays');
}

async function textOf(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.subarray(0, 2).toString() !== 'PK') return bytes.toString('utf8');
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
  return parts.join('\n');
}

async function firstCandidate(): Promise<Candidate> {
  for (let i = 0; i < 12; i++) {
    const res = await t.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: { ...validTinyAnswers, working_well: answer(i), quote_consent: 'yes' } }),
    );
    expect(res.status).toBe(201);
  }
  await t.tagWorker.drain();
  const candidate = (await delays())?.candidates?.[0];
  if (!candidate) throw new Error('no candidate quote');
  return candidate;
}

describe('shortening a quote before approving it', () => {
  it('publishes exactly the shortened words, in the JSON and in every file', async () => {
    const candidate = await firstCandidate();
    // The child's name was redacted before any officer saw the answer; the marker stays.
    expect(candidate.text).toContain('my son [NAME] was out of school');
    const monthsPart = candidate.text.slice(0, candidate.text.indexOf(','));
    const shortened = `${monthsPart} … my son [NAME] was out of school … Parents deserve answers`;
    const res = await api('/quotes', 'POST', {
      key: candidate.key,
      approved: true,
      text: shortened,
    });
    expect(res.status).toBe(204);

    const theme = await delays();
    expect(theme?.quotes).toEqual([shortened]);
    expect(theme?.candidates?.[0]).toEqual({ ...candidate, approved: true, excerpt: shortened });

    for (const format of ['html', 'docx', 'csv', 'xlsx']) {
      const file = await textOf(await api(`/report?format=${format}`));
      if (format !== 'xlsx') expect(file, format).toContain(shortened);
      expect(file, format).toContain('Parents deserve answers');
      expect(file, format).toContain('was out of school');
      // The words the officer left out are in no file.
      expect(file, format).not.toContain('mislaid our evidence');
      expect(file, format).not.toContain('Barnaby');
    }
  }, 60_000);

  it('lets an officer change the shortening, or approve the whole answer again', async () => {
    const candidate = await firstCandidate();
    await api('/quotes', 'POST', {
      key: candidate.key,
      approved: true,
      text: 'Parents deserve answers',
    });
    expect((await delays())?.quotes).toEqual(['Parents deserve answers']);
    await api('/quotes', 'POST', { key: candidate.key, approved: true });
    expect((await delays())?.quotes).toEqual([candidate.text]);
  });

  it('refuses words the parent did not write with 400 and writes nothing', async () => {
    const candidate = await firstCandidate();
    for (const text of [
      'We waited years for the EHC plan and the council lied',
      'Parents deserve answers … and a full apology',
      'Parents deserve answers … We waited',
      'arents deserve answers',
      'NAME] was out of school',
    ]) {
      const res = await api('/quotes', 'POST', { key: candidate.key, approved: true, text });
      expect(res.status, text).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('quote_not_excerpt');
      expect(body.error.message).toMatch(/only keep words from the answer/);
    }
    const withdrawing = await api('/quotes', 'POST', {
      key: candidate.key,
      approved: false,
      text: 'Parents deserve answers',
    });
    expect(withdrawing.status).toBe(400);

    const rows = await t.deps.db.selectFrom('quote_approvals').selectAll().execute();
    expect(rows).toEqual([]);
    const audits = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'quote.%')
      .execute();
    expect(audits).toEqual([]);
    expect((await delays())?.quotes).toEqual([]);
    expect(await textOf(await api('/report?format=html'))).not.toContain('and the council lied');
  });
});
