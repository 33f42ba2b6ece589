// Every file of the report can be published as it stands: words of a parent who said no to being
// quoted appear in none of them, whatever an officer approves; only the internal responses
// download, marked not for publication, carries them (redacted).
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

// Distinctive, so that finding any fragment of one in a file can only mean it leaked.
const refused = (i: number) =>
  `Marmalade lighthouse ${i}: the tribunal panel ignored our EHC plan evidence for months`;
const agreed = (i: number) => `We waited ${i + 2} months for the EHC plan and nobody called back`;

async function submit(text: string, consent: string) {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: text, quote_consent: consent } }),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** The text of a file: itself, or every part of a zipped Office file. */
async function textOf(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.subarray(0, 2).toString() !== 'PK') return bytes.toString('utf8');
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
  return parts.join('\n');
}

describe('report files fit to publish', { timeout: 30_000 }, () => {
  it('never carry the words of parents who refused quoting, in any format or view', async () => {
    const refusedIds: string[] = [];
    for (let i = 0; i < 12; i++) refusedIds.push(await submit(refused(i), 'no'));
    const agreedIds: string[] = [];
    for (let i = 0; i < 12; i++) agreedIds.push(await submit(agreed(i), 'yes'));
    await t.tagWorker.drain();
    const api = (path: string, method = 'GET', body?: unknown) =>
      t.request(`/api/surveys/tiny${path}`, asToken(token, method, body));
    // An officer tries to approve a refusing parent's words, and approves a consenting one's.
    const tried = await api('/quotes', 'POST', {
      key: `${refusedIds[0]}:working_well`,
      approved: true,
    });
    expect(tried.status).toBe(409);
    const approved = await api('/quotes', 'POST', {
      key: `${agreedIds[0]}:working_well`,
      approved: true,
    });
    expect(approved.status).toBe(204);

    const files: string[] = [];
    for (const format of ['csv', 'xlsx', 'docx', 'html', 'easy-read']) {
      for (const extra of ['', '&by=who', '&k=12']) {
        const res = await api(`/report?format=${format}${extra}`);
        expect(res.status, `${format}${extra}`).toBe(200);
        files.push(await textOf(res));
      }
    }
    for (const text of files) {
      expect(text).not.toContain('Marmalade');
      expect(text).not.toContain('lighthouse');
    }
    // The approved quote does reach the files that carry quotes.
    expect(files.some((text) => text.includes(agreed(0)))).toBe(true);
    // The document the DOCX and the printable page are built from travels in the officers' JSON,
    // with approved quotes only, though the JSON itself offers officers every candidate.
    const json = (await (await api('/report')).json()) as { document: { blocks: unknown[] } };
    const document = JSON.stringify(json.document);
    expect(json.document.blocks.length).toBeGreaterThan(3);
    expect(document).toContain(agreed(0));
    expect(document).not.toContain('Marmalade');

    // The internal download has every response, redacted, and says it is not for publication.
    const internal = await textOf(await api('/responses-export?format=xlsx'));
    expect(internal).toContain('NOT FOR PUBLICATION');
    expect(internal).toContain('Marmalade lighthouse 3');
    // Twelve files, four of them Word documents with charts drawn as pictures.
  }, 60_000);
});
