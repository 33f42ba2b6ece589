// Trends in the published files of a survey in a series: each statement compared with the wave
// before in words, with the size of the change and both bases, and no comparison next to a hidden
// figure; the same sentences in the JSON document, the DOCX and the printable page.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

beforeEach(async () => {
  const dir = writeSurveysDir([
    surveyFile({
      slug: 'wave-one',
      title: 'Confidence, January',
      series: 'confidence',
      opensAt: '2026-01-05T09:00:00Z',
    }),
    surveyFile({
      slug: 'wave-two',
      title: 'Confidence, April',
      series: 'confidence',
      opensAt: '2026-04-06T09:00:00+01:00',
    }),
  ]);
  t = await createTestApp({
    surveysDir: dir,
    env: { NODE_ENV: 'test' },
    now: () => new Date('2026-06-01T12:00:00Z'),
  });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

async function answer(slug: string, count: number, listened: string, informed: string) {
  for (let i = 0; i < count; i++) {
    const answers = { ...validTinyAnswers, statements: { listened, informed } };
    const res = await t.request(`/api/surveys/${slug}/responses`, postJson({ answers }));
    expect(res.status).toBe(201);
  }
}

const get = (format: string) =>
  t.request(`/api/surveys/wave-two/report?format=${format}`, asToken(token));

describe('trends in the report files', { timeout: 60_000 }, () => {
  it('say each change in words with both bases, and compare nothing hidden', async () => {
    await answer('wave-one', 15, 'disagree', 'agree');
    await answer('wave-one', 15, 'agree', 'agree');
    // "I feel listened to": 50% of 30, then 75% of 40. "I am kept informed": 100% of 30, then
    // 37 of 40, hidden now as 3 disagreed.
    await answer('wave-two', 30, 'agree', 'agree');
    await answer('wave-two', 7, 'disagree', 'agree');
    await answer('wave-two', 3, 'disagree', 'disagree');
    const listened =
      '“I feel listened to”: 75% of the 40 who gave a view agreed, up 25 percentage points from 50% of 30 in “Confidence, January” (a significant change).';
    const informed =
      '“I am kept informed”: this survey cannot be compared with “Confidence, January”, as one of the two figures is not shown.';

    const json = (await (await get('json')).json()) as { document: { blocks: unknown[] } };
    const document = JSON.stringify(json.document);
    const html = await (await get('html')).text();
    const zip = await JSZip.loadAsync(Buffer.from(await (await get('docx')).arrayBuffer()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const docx = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    for (const sentence of [listened, informed]) {
      expect(document).toContain(sentence);
      expect(html).toContain(`<p>${sentence}</p>`);
      expect(docx).toContain(sentence);
    }
    // The hidden figure of this wave is given no number, nor its earlier one a comparison.
    for (const text of [document, html, docx.join('\n')]) {
      expect(text).not.toMatch(/kept informed[^.<]*\d+%/);
      expect(text).not.toMatch(/\b(37|93)%/);
    }
  });
});
