// k, the suppression threshold: SUPPRESSION_K is the floor, a report request may raise it and the
// JSON says which k it used; start-up refuses a floor too low to protect anyone.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface ReportJson {
  k: number;
  questions: { name: string; options?: { value: string; count?: number; suppressed?: true }[] }[];
}

/** 20 parents and 25 carers answered, on an app started with these settings. */
async function reportOf(env: Record<string, string>, query: string) {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test', ...env },
  });
  const token = await tokenFor(t, (await addUser(t, 'officer')).id);
  for (const who of [...Array(20).fill('parent'), ...Array(25).fill('carer')]) {
    const answers = { ...validTinyAnswers, who };
    expect((await t.request('/api/surveys/tiny/responses', postJson({ answers }))).status).toBe(
      201,
    );
  }
  return t.request(`/api/surveys/tiny/report${query}`, asToken(token));
}

const parents = (body: ReportJson) =>
  body.questions.find((q) => q.name === 'who')?.options?.find((o) => o.value === 'parent');

describe('k in a report request', () => {
  it('may be raised: k=30 hides the 20 parents that k=10 shows, and the report says k=30', async () => {
    const usual = (await (await reportOf({}, '')).json()) as ReportJson;
    expect(usual.k).toBe(10);
    expect(parents(usual)).toMatchObject({ count: 20 });
    await t?.close();

    const raised = await reportOf({}, '?k=30');
    expect(raised.status).toBe(200);
    const body = (await raised.json()) as ReportJson;
    expect(body.k).toBe(30);
    expect(parents(body)).toEqual({ value: 'parent', label: 'Parent', suppressed: true });
    const audit = await t?.deps.db.selectFrom('audit_log').select('details').execute();
    expect(audit?.map((a) => a.details)).toContainEqual(expect.stringContaining('"k":30'));
  });

  it('may not go below SUPPRESSION_K: 400 invalid_parameter naming k', async () => {
    const res = await reportOf({ SUPPRESSION_K: '20' }, '?k=10');
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; details: { parameter: string }[] };
    };
    expect(body.error.code).toBe('invalid_parameter');
    expect(body.error.details).toEqual([expect.objectContaining({ parameter: 'k' })]);
  });

  it('defaults to SUPPRESSION_K, which the officers’ report gives as the lowest k allowed', async () => {
    const body = (await (await reportOf({ SUPPRESSION_K: '25' }, '')).json()) as ReportJson & {
      minimumK: number;
    };
    expect(body.k).toBe(25);
    expect(body.minimumK).toBe(25);
    expect(parents(body)).toMatchObject({ suppressed: true });
  });
});

describe('SUPPRESSION_K', () => {
  it('cannot be set below 5, which would publish figures about two or three families', () => {
    for (const k of ['0', '1', '2', '4']) {
      expect(() => loadConfig({ SUPPRESSION_K: k }), k).toThrow(
        /SUPPRESSION_K: must be at least 5/,
      );
    }
    expect(loadConfig({ SUPPRESSION_K: '5' }).suppressionK).toBe(5);
    expect(loadConfig({}).suppressionK).toBe(10);
  });
});
