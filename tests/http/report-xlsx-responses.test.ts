// The officers' internal responses workbook (not the report): one row per response with choices as
// their labels and free text only as its redacted copy, never the words people typed.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test' },
    // 23:00 UTC on 1 June is already 2 June in London (summer time).
    now: () => new Date('2026-06-01T23:00:00Z'),
  });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const NAMED = 'Mrs Patel the SENCO listens and rang us back on 07700 900123.';
const TAXI = 'The taxi is late every single week and nobody does anything.';
const CARING = 'Respite was cancelled twice this term and I am exhausted.';

async function submit(answers: Record<string, unknown>, path = 'responses') {
  const init = path === 'responses' ? postJson({ answers }) : asToken(token, 'POST', { answers });
  const res = await t.request(`/api/surveys/tiny/${path}`, init);
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function responsesSheet() {
  const res = await t.request('/api/surveys/tiny/responses-export?format=xlsx', asToken(token));
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.getWorksheet('Responses');
  const rows: ExcelJS.CellValue[][] = [];
  sheet?.eachRow((row) => {
    rows.push(Array.isArray(row.values) ? row.values.slice(1) : []);
  });
  const [headers = [], ...data] = rows;
  const column = (header: string) => headers.indexOf(header);
  return { headers, data, column };
}

describe('the responses sheet of the internal responses workbook', () => {
  it('has a row per response, redacted text, labels, and themes with officers’ codes winning', async () => {
    for (let i = 0; i < 10; i++) await submit({ ...validTinyAnswers, working_well: NAMED });
    const taxi = await submit({ ...validTinyAnswers, working_well: TAXI });
    await submit({ ...validTinyAnswers, who: 'carer', carer_note: CARING }, 'paper-responses');
    await t.tagWorker.drain();
    const recode = await t.request(
      `/api/surveys/tiny/answers/${taxi}/working_well/themes`,
      asToken(token, 'PUT', { themes: ['ehcp'] }),
    );
    expect(recode.status).toBe(200);
    // Sent after the tagger ran: not analysed yet.
    await submit({ ...validTinyAnswers, working_well: 'Written just now by a parent.' });

    const { headers, data, column } = await responsesSheet();
    expect(headers.slice(0, 5)).toEqual([
      'Date',
      'Channel',
      'Version',
      'Who is answering?',
      'Which services do you use?',
    ]);
    expect(headers).toContain('How far do you agree?: I feel listened to');
    expect(headers).toContain('What is working well?: Transport');
    expect(data).toHaveLength(13);
    expect(data.every((row) => row[0] === '2026-06-02' && row[2] === 1)).toBe(true);

    const text = column('What is working well?');
    const named = data.filter((row) => String(row[text]).includes('[NAME]'));
    expect(named).toHaveLength(10);
    expect(named[0]?.[column('Who is answering?')]).toBe('Parent');
    expect(named[0]?.[column('How far do you agree?: I feel listened to')]).toBe('Agree');
    expect(data.filter((row) => row[text] === '[not analysed yet]')).toHaveLength(1);

    const taxiRow = data.find((row) => row[text] === TAXI);
    expect(taxiRow?.[column('What is working well?: Transport')]).toBeUndefined();
    expect(taxiRow?.[column('What is working well?: EHC needs assessments and plans')]).toBe(1);

    const paper = data.filter((row) => row[1] === 'paper');
    expect(paper).toHaveLength(1);
    expect(paper[0]?.[column('Tell us about caring')]).toBe(
      '[not analysed: this question is not themed]',
    );
    const everything = JSON.stringify(data);
    for (const raw of ['Patel', '07700', 'Respite', 'Written just now']) {
      expect(everything).not.toContain(raw);
    }
  });
});
