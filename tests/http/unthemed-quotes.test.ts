// Free-text questions that are not themed can still be read by officers, redacted, and their
// answers approved as quotes (when the parent agreed), which the report then lists under the
// question's other comments. Themed answers no theme matched are listed there too.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

const json = {
  pages: [
    ...tinySurveyJson.pages,
    {
      name: 'vision',
      elements: [
        { type: 'comment', name: 'vision_comments', title: 'Any comments on the draft vision?' },
        { type: 'radiogroup', name: 'quote_consent', choices: ['yes', 'no'] },
      ],
    },
  ],
};

beforeEach(async () => {
  const dir = writeSurveysDir([surveyFile({ json, quoteConsentQuestion: 'quote_consent' })]);
  t = await createTestApp({ surveysDir: dir, env: { NODE_ENV: 'test' } });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const api = (path: string, method = 'GET', body?: unknown) =>
  t.request(`/api/surveys/tiny${path}`, asToken(token, method, body));

async function submit(vision: string, consent: string, working = 'The new SENCO listens.') {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({
      answers: {
        ...validTinyAnswers,
        working_well: working,
        vision_comments: vision,
        quote_consent: consent,
      },
    }),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

interface Listed {
  responseId: string;
  redacted: string;
  themes: unknown[];
  quote: { approved: boolean; excerpt: string | null };
}
interface ReportQuestion {
  name: string;
  title: string;
  otherComments?: string[];
}

const reportQuestion = async (name: string) => {
  const report = (await (await api('/report')).json()) as { questions: ReportQuestion[] };
  return report.questions.find((q) => q.name === name);
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const docxText = async (format: string) => {
  const file = await (await api(`/report?format=${format}`)).arrayBuffer();
  const zip = await JSZip.loadAsync(Buffer.from(file));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
};

/** Every row of every sheet, its cells joined by tabs, each line led by its sheet's name. */
async function workbookLines() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await api('/report?format=xlsx')).arrayBuffer());
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      const cells = Array.isArray(row.values) ? row.values.slice(1) : [];
      lines.push([sheet.name, ...cells.map((c) => String(c ?? ''))].join('\t'));
    });
  });
  return lines.join('\n');
}

/** The CSV, the workbook and the easy-read summary: each lists `quote` under `title`'s other comments. */
async function expectInPublishedFiles(title: string, quote: string, absent: string[]) {
  const csv = await (await api('/report?format=csv')).text();
  expect(csv).toContain(`${title},Quotes: Other comments,${quote}`);
  expect(csv.split(quote)).toHaveLength(2);
  const xlsx = await workbookLines();
  expect(xlsx).toMatch(new RegExp(`^Q\\d+ [^\\n]*\\t${escaped(quote)}\\tOther comments$`, 'm'));
  expect(xlsx.split(quote)).toHaveLength(2);
  const easy = await docxText('easy-read');
  const at = easy.indexOf(title);
  expect(at).toBeGreaterThan(-1);
  expect(easy.slice(at)).toMatch(new RegExp(`Other comments:[\\s\\S]*“${escaped(quote)}”`));
  expect(easy.split(quote)).toHaveLength(2);
  for (const words of absent) {
    for (const file of [csv, xlsx, easy]) expect(file).not.toContain(words);
  }
}

const reportTitle = async (name: string) => (await reportQuestion(name))?.title;

describe('unthemed free-text questions', () => {
  it('lists the answers redacted for officers, and an approved one reaches the report', async () => {
    const agreed = await submit(
      'The vision is not child-focused at all. My son Fergus is never mentioned in it.',
      'yes',
    );
    const refused = await submit('Quillfeather parents were never asked about the vision.', 'no');
    for (let i = 0; i < 10; i++) await submit(`The vision reads well, comment ${i}.`, 'yes');
    await t.tagWorker.drain();

    const listed = (await (
      await api('/answers?question=vision_comments&limit=50')
    ).json()) as Listed[];
    expect(listed).toHaveLength(12);
    const mine = listed.find((a) => a.responseId === agreed);
    expect(mine?.redacted).toBe(
      'The vision is not child-focused at all. My son [NAME] is never mentioned in it.',
    );
    expect(mine?.themes).toEqual([]);
    expect(mine?.quote).toEqual({ approved: false, excerpt: null });

    const refusedRes = await api('/quotes', 'POST', {
      key: `${refused}:vision_comments`,
      approved: true,
    });
    expect(refusedRes.status).toBe(409);
    expect(((await refusedRes.json()) as { error: { code: string } }).error.code).toBe(
      'quote_not_consented',
    );
    const ok = await api('/quotes', 'POST', {
      key: `${agreed}:vision_comments`,
      approved: true,
      text: 'The vision is not child-focused at all.',
    });
    expect(ok.status).toBe(204);

    const after = (await (
      await api('/answers?question=vision_comments&limit=50')
    ).json()) as Listed[];
    expect(after.find((a) => a.responseId === agreed)?.quote).toEqual({
      approved: true,
      excerpt: 'The vision is not child-focused at all.',
    });
    expect((await reportQuestion('vision_comments'))?.otherComments).toEqual([
      'The vision is not child-focused at all.',
    ]);
    // The published files' JSON source carries the same, and nothing of the refusing parent.
    const published = await (await api('/report?format=html')).text();
    expect(published).not.toContain('Quillfeather');
    expect(published).not.toContain('Fergus');
    // ...and lays it out under the question's "Other comments", in the DOCX as in the page.
    expect(published).toMatch(/Other comments[\s\S]*The vision is not child-focused at all\./);
    const docx = await (await api('/report?format=docx')).arrayBuffer();
    const xml =
      (await (
        await JSZip.loadAsync(Buffer.from(docx))
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    expect(xml).toMatch(/Other comments[\s\S]*The vision is not child-focused at all\./);
    expect(xml).not.toContain('Quillfeather');
    // The CSV, the workbook and the easy-read summary carry it too, and nothing refused.
    await expectInPublishedFiles(
      'Any comments on the draft vision?',
      'The vision is not child-focused at all.',
      ['Quillfeather', 'Fergus', 'never mentioned in it'],
    );
  }, 60_000);

  it('lists an approved themed answer that no theme matched under other comments', async () => {
    const odd = await submit('Fine.', 'yes', 'Our cat enjoys the garden on sunny afternoons.');
    for (let i = 0; i < 11; i++)
      await submit('Fine.', 'yes', `We waited ${i + 3} months for the plan`);
    await t.tagWorker.drain();
    expect(
      (await api('/quotes', 'POST', { key: `${odd}:working_well`, approved: true })).status,
    ).toBe(204);
    expect((await reportQuestion('working_well'))?.otherComments).toEqual([
      'Our cat enjoys the garden on sunny afternoons.',
    ]);
    const title = (await reportTitle('working_well')) ?? '';
    await expectInPublishedFiles(title, 'Our cat enjoys the garden on sunny afternoons.', []);
  }, 60_000);
});
