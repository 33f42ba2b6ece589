// GET /api/surveys/<slug>/report for officers: who may see it, its parameters, and its figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let officerToken: string;

beforeEach(async () => {
  const dir = writeSurveysDir([surveyFile({ quoteConsentQuestion: undefined })]);
  t = await createTestApp({ surveysDir: dir, env: { NODE_ENV: 'test' } });
  const officer = await addUser(t, 'officer');
  officerToken = await tokenFor(t, officer.id);
});
afterEach(async () => t.close());

const report = (query = '', token = officerToken) =>
  t.request(`/api/surveys/tiny/report${query}`, asToken(token));

async function submitMany(count: number, answers: Record<string, unknown>) {
  for (let i = 0; i < count; i++) {
    await t.request('/api/surveys/tiny/responses', postJson({ answers }));
  }
}

describe('report access', () => {
  it('needs an account: 401 without one, 403 for a designer', async () => {
    expect((await t.request('/api/surveys/tiny/report')).status).toBe(401);
    const designer = await addUser(t, 'designer');
    expect((await report('', await tokenFor(t, designer.id))).status).toBe(403);
  });

  it('is written to the audit log', async () => {
    await report();
    const rows = await t.deps.db.selectFrom('audit_log').select(['action', 'target']).execute();
    expect(rows).toContainEqual({ action: 'report.view', target: 'tiny' });
  });
});

describe('report parameters', () => {
  it('refuses k below the floor, a by that is not a choice question, and unknown parameters', async () => {
    for (const query of ['?k=3', '?by=working_well', '?colour=red', '?format=pdf', '?version=9']) {
      const res = await report(query);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'invalid_parameter',
      );
    }
  });

  it('404 for an unknown survey', async () => {
    expect((await t.request('/api/surveys/nope/report', asToken(officerToken))).status).toBe(404);
  });

  it('gives an empty report, not an error, before anyone answers', async () => {
    const res = await report();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { responses: number; questions: unknown[] };
    expect(body.responses).toBe(0);
    expect(body.questions.length).toBeGreaterThan(0);
  });
});

describe('report figures', () => {
  it('counts answers, themes from the tagger, and hides small numbers', async () => {
    await submitMany(12, {
      ...validTinyAnswers,
      working_well: 'We waited two years for the EHC plan',
    });
    await submitMany(10, { ...validTinyAnswers, working_well: 'The taxi driver is rude to him' });
    await submitMany(3, { ...validTinyAnswers, who: 'carer', working_well: 'n/a' });
    await t.tagWorker.drain();
    const body = (await (await report()).json()) as {
      responses: number;
      questions: {
        name: string;
        answered: number;
        options?: { value: string; count?: number; suppressed?: true }[];
        themes?: { id: string; count?: number; percent?: number; suppressed?: true }[];
      }[];
    };
    expect(body.responses).toBe(25);
    const who = body.questions.find((q) => q.name === 'who');
    expect(who?.answered).toBe(25);
    expect(who?.options?.find((o) => o.value === 'carer')).toMatchObject({ suppressed: true });
    expect(who?.options?.find((o) => o.value === 'carer')).not.toHaveProperty('count');
    const text = body.questions.find((q) => q.name === 'working_well');
    // "n/a" is not an answer: 22 answered, 12 of them (54.5%) about delays, 10 about transport.
    expect(text?.answered).toBe(22);
    expect(text?.themes?.find((th) => th.id === 'delays')).toMatchObject({
      count: 12,
      percent: 54.5,
    });
    expect(text?.themes?.find((th) => th.id === 'transport')).toMatchObject({ count: 10 });
  });
});

describe('officer overview', () => {
  it('lists every survey with its response count, for officers only', async () => {
    await submitMany(2, validTinyAnswers);
    const res = await t.request('/api/officer/surveys', asToken(officerToken));
    expect(res.status).toBe(200);
    expect(await res.json()).toContainEqual(
      expect.objectContaining({ slug: 'tiny', status: 'open', responses: 2 }),
    );
    expect((await t.request('/api/officer/surveys')).status).toBe(401);
    const tagging = await t.request('/api/officer/tagging', asToken(officerToken));
    expect(await tagging.json()).toMatchObject({ backlog: 2 });
  });

  it('shows designers the surveys and versions without any response count', async () => {
    await submitMany(2, validTinyAnswers);
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const list = (await (await t.request('/api/officer/surveys', asToken(designer))).json()) as {
      slug: string;
    }[];
    const tiny = list.find((s) => s.slug === 'tiny');
    expect(tiny).toMatchObject({ slug: 'tiny', status: 'open' });
    expect(tiny).not.toHaveProperty('responses');
    const versions = (await (
      await t.request('/api/surveys/tiny/versions', asToken(designer))
    ).json()) as object[];
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(version).not.toHaveProperty('responses');
    const officerVersions = (await (
      await t.request('/api/surveys/tiny/versions', asToken(officerToken))
    ).json()) as object[];
    expect(officerVersions[0]).toMatchObject({ responses: 2 });
  });
});

describe('report files', () => {
  it('exports the figures as CSV, hidden ones as "fewer than k", with no single response', async () => {
    await submitMany(12, { ...validTinyAnswers, working_well: '=HYPERLINK("x") we waited months' });
    await t.tagWorker.drain();
    const res = await report('?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('tiny-report.csv');
    const text = await res.text();
    expect(text).toContain('Question,Table,Line,Number,Per cent');
    expect(text).toContain('People who answered');
    expect(text).not.toContain('HYPERLINK');
    const rows = await t.deps.db.selectFrom('audit_log').select(['action']).execute();
    expect(rows).toContainEqual({ action: 'report.export' });
  });

  it('gives officers the responses, one row each, as an audited download marked not for publication', async () => {
    await submitMany(2, { ...validTinyAnswers, working_well: '=HYPERLINK("x") we waited months' });
    await t.tagWorker.drain();
    const res = await t.request('/api/surveys/tiny/responses-export', asToken(officerToken));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain(
      'tiny-responses-NOT-FOR-PUBLICATION.csv',
    );
    const lines = (await res.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^"?NOT FOR PUBLICATION/);
    expect(
      lines.filter((line) => line.includes(`"'=HYPERLINK(""x"") we waited months"`)),
    ).toHaveLength(2);
    const xlsx = await t.request(
      '/api/surveys/tiny/responses-export?format=xlsx',
      asToken(officerToken),
    );
    expect(xlsx.headers.get('content-disposition')).toContain('NOT-FOR-PUBLICATION.xlsx');
    const audits = await t.deps.db.selectFrom('audit_log').select(['action']).execute();
    expect(audits.filter((a) => a.action === 'responses.export')).toHaveLength(2);
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    expect((await t.request('/api/surveys/tiny/responses-export', asToken(designer))).status).toBe(
      403,
    );
    expect((await t.request('/api/surveys/tiny/responses-export')).status).toBe(401);
    expect(
      (await t.request('/api/surveys/tiny/responses-export?format=pdf', asToken(officerToken)))
        .status,
    ).toBe(400);
  });

  it('exports XLSX, DOCX and HTML files', async () => {
    await submitMany(12, validTinyAnswers);
    const xlsx = await report('?format=xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const docx = await report('?format=docx');
    expect(docx.headers.get('content-disposition')).toContain('tiny-report.docx');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const html = await report('?format=html');
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    // Shown when opened, saved under a name when downloaded.
    expect(html.headers.get('content-disposition')).toBe('inline; filename="tiny-report.html"');
    expect(await html.text()).toContain('Tiny survey');
  });
});
