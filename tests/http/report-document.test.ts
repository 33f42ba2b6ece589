// The report document through the route: the council's name (ORGANISATION_NAME) on the title
// page of the JSON, the printable page and the DOCX, and sections following the questionnaire.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

describe('report document', () => {
  it('defaults the organisation name and refuses a blank one', () => {
    expect(loadConfig({}).organisationName).toBe('Your council');
    expect(() => loadConfig({ ORGANISATION_NAME: '   ' })).toThrow(ConfigError);
  });

  it('names the council on the title page of every document file', async () => {
    const dir = writeSurveysDir([surveyFile({ json: tinySurveyJson })]);
    t = await createTestApp({
      surveysDir: dir,
      env: { NODE_ENV: 'test', ORGANISATION_NAME: 'Example County Council' },
    });
    const token = await tokenFor(t, (await addUser(t, 'officer')).id);
    const get = (format: string) =>
      (t as TestApp).request(`/api/surveys/tiny/report?format=${format}`, asToken(token, 'GET'));
    const json = (await (await get('json')).json()) as {
      document: { blocks: { type: string; organisation?: string; text?: string }[] };
    };
    expect(json.document.blocks[0]).toMatchObject({
      type: 'title',
      organisation: 'Example County Council',
    });
    const headings = json.document.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toContain('About this survey');
    expect(await (await get('html')).text()).toContain('Example County Council');
    const zip = await JSZip.loadAsync(Buffer.from(await (await get('docx')).arrayBuffer()));
    expect(await zip.file('word/document.xml')?.async('string')).toContain(
      'Example County Council',
    );
  }, 60_000);
});

describe('the agreement between automatic and officers\' coding in "About this survey"', () => {
  it('is given once officers coded enough answers, and not before', async () => {
    t = await createTestApp({
      surveysDir: writeSurveysDir([surveyFile()]),
      env: { NODE_ENV: 'test' },
    });
    const app = t;
    const token = await tokenFor(app, (await addUser(app, 'officer')).id);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await app.request(
        '/api/surveys/tiny/responses',
        postJson({
          answers: { ...validTinyAnswers, working_well: `We waited ${i + 2} months for a plan` },
        }),
      );
      ids.push(((await res.json()) as { id: string }).id);
    }
    await app.tagWorker.drain();
    const about = async () => {
      const res = await app.request('/api/surveys/tiny/report', asToken(token, 'GET'));
      const { document } = (await res.json()) as { document: { blocks: { text?: string }[] } };
      return document.blocks.map((b) => b.text ?? '').join('\n');
    };
    const code = (id: string) =>
      app.request(
        `/api/surveys/tiny/answers/${id}/working_well/themes`,
        asToken(token, 'PUT', { themes: ['delays'] }),
      );
    expect(await about()).toMatch(/Officers had not checked any by hand/);
    for (const id of ids.slice(0, 19)) expect((await code(id)).status).toBe(200);
    expect(await about()).toMatch(/Officers checked the themes of 19 answers by hand, correcting/);
    expect(await about()).not.toMatch(/agreed with theirs/);
    expect((await code(ids[19] as string)).status).toBe(200);
    expect(await about()).toMatch(
      /Officers checked the themes of 20 answers by hand; on those, the automatic themes agreed with theirs \d+% of the time/,
    );
  });
});
