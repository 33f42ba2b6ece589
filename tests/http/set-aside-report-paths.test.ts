// Set-aside responses leave every way a report reads responses: quote candidates from tagged free
// text, responses read from their answers when their report row is missing, and the files.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { createTestApp, postJson, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let clock = new Date('2026-12-01T09:10:00Z');
let token: string;
const SLUG = 'confidence-pulse';
const JUNK_TEXT = 'We waited two years for the EHC plan and nobody answered our calls';

beforeEach(async () => {
  t = await createTestApp({ now: () => clock, env: { NODE_ENV: 'test' } });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

async function submit(answers: Record<string, unknown>) {
  const res = await t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
  expect(res.status).toBe(201);
}

/** 12 honest parents with their own words, then 30 copies of one text in one hour. */
async function scene() {
  for (let i = 0; i < 12; i++) {
    clock = new Date(Date.UTC(2026, 11, 1, 9 + i, 15));
    await submit({
      respondent_role: 'parent',
      improve_confidence: `Reply to emails about the EHC plan within ${i + 2} weeks, please`,
      quote_consent: 'yes',
    });
  }
  clock = new Date('2026-12-01T22:40:00Z');
  for (let i = 0; i < 30; i++) {
    await submit({
      respondent_role: 'parent',
      improve_confidence: JUNK_TEXT,
      quote_consent: 'yes',
    });
  }
  await t.tagWorker.drain();
}

async function setAsideLargest() {
  const view = (await (await t.request(`/api/surveys/${SLUG}/bursts`, asToken(token))).json()) as {
    clusters: { id: string; responses: number; sameWrittenAnswers: boolean }[];
  };
  expect(view.clusters[0]).toMatchObject({ responses: 30, sameWrittenAnswers: true });
  const res = await t.request(
    `/api/surveys/${SLUG}/set-asides`,
    asToken(token, 'POST', { clusterId: view.clusters[0]?.id, reason: 'one text, 30 times' }),
  );
  expect(res.status).toBe(201);
  const rows = await t.deps.db.selectFrom('set_aside_responses').select('response_id').execute();
  return new Set(rows.map((r) => r.response_id));
}

interface ReportBody {
  responses: number;
  setAside: number;
  questions: {
    name: string;
    themes?: { id: string; candidates?: { key: string; text: string }[] }[];
  }[];
}
const report = async (query = '') =>
  (await (
    await t.request(`/api/surveys/${SLUG}/report${query}`, asToken(token))
  ).json()) as ReportBody;
const candidateKeys = (body: ReportBody) =>
  body.questions
    .flatMap((q) => q.themes ?? [])
    .flatMap((th) => th.candidates ?? [])
    .map((c) => c.key.split(':')[0] as string);

describe('set-aside responses in every report path', { timeout: 30_000 }, () => {
  it('are never quote candidates', async () => {
    await scene();
    const before = await report();
    const setAside = await setAsideLargest();
    expect(candidateKeys(before).some((id) => setAside.has(id))).toBe(true);
    const after = await report();
    expect(after.responses).toBe(12);
    expect(candidateKeys(after).length).toBeGreaterThan(0);
    expect(candidateKeys(after).some((id) => setAside.has(id))).toBe(false);
  });

  it('are left out of the answers behind a theme', async () => {
    await scene();
    const before = await report();
    const theme = before.questions
      .find((q) => q.name === 'improve_confidence')
      ?.themes?.find((th) => (th.candidates ?? []).length > 0) as { id: string } | undefined;
    expect(theme).toBeDefined();
    const behind = async () => {
      const query = `question=improve_confidence&theme=${theme?.id}&limit=200`;
      const res = await t.request(`/api/surveys/${SLUG}/answers?${query}`, asToken(token));
      return ((await res.json()) as { responseId: string }[]).map((a) => a.responseId);
    };
    const idsBefore = await behind();
    const setAside = await setAsideLargest();
    expect(idsBefore.some((id) => setAside.has(id))).toBe(true);
    const ids = await behind();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.some((id) => setAside.has(id))).toBe(false);
  });

  it('are left out when responses are read from their answers (no report row yet)', async () => {
    await scene();
    await setAsideLargest();
    await t.deps.db.deleteFrom('report_summaries').execute();
    const body = await report();
    expect(body).toMatchObject({ responses: 12, setAside: 30 });
    expect(candidateKeys(body).length).toBeGreaterThan(0);
  });

  it('are left out of the HTML, Word and Excel files', async () => {
    await scene();
    await setAsideLargest();
    const file = (format: string) =>
      t.request(`/api/surveys/${SLUG}/report?format=${format}`, asToken(token));
    const html = await (await file('html')).text();
    expect(html).toMatch(/People who answered<\/(th|dt)>\s*<(td|dd)[^>]*>12</);
    expect(html).not.toContain('nobody answered our calls');
    for (const format of ['docx', 'xlsx']) {
      const zip = await JSZip.loadAsync(await (await file(format)).arrayBuffer());
      const texts = await Promise.all(
        Object.values(zip.files)
          .filter((f) => f.name.endsWith('.xml'))
          .map((f) => f.async('string')),
      );
      expect(texts.join('\n'), format).not.toContain('nobody answered our calls');
    }
  });
});
