// The report document through the route: the council's name (ORGANISATION_NAME) on the title
// page of the JSON, the printable page and the DOCX, and sections following the questionnaire.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson } from '../support/sample-surveys.ts';
import { createTestApp, type TestApp, writeSurveysDir } from '../support/test-app.ts';

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
