// The report's summary page in an officer's own words: used in every file instead of the draft,
// flagged once a figure moves, and back to the draft on reset; each change audited.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

interface JsonReport {
  summaryEdit?: { stale: boolean };
  document: { blocks: { type: string; text?: string }[] };
}

function summaryOf(report: JsonReport): string[] {
  const { blocks } = report.document;
  const start = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Summary');
  const end = blocks.findIndex((b, i) => i > start && b.type === 'heading');
  return blocks.slice(start + 1, end).map((b) => b.text ?? '');
}

describe("the summary in an officer's words", () => {
  it('replaces the draft in every file, is flagged when figures move, and resets', async () => {
    const app = await createTestApp({
      surveysDir: writeSurveysDir([surveyFile()]),
      env: { NODE_ENV: 'test' },
    });
    t = app;
    const token = await tokenFor(app, (await addUser(app, 'officer')).id);
    const send = () =>
      app.request('/api/surveys/tiny/responses', postJson({ answers: validTinyAnswers }));
    for (let i = 0; i < 12; i++) await send();
    await app.tagWorker.drain();
    const api = (path: string, method = 'GET', body?: unknown) =>
      app.request(`/api/surveys/tiny${path}`, asToken(token, method, body));
    const report = async () => (await (await api('/report')).json()) as JsonReport;

    const drafted = summaryOf(await report());
    expect(drafted[0]).toMatch(/^12 people answered this survey\./);
    expect((await api('/summary', 'PUT', { text: '   ' })).status).toBe(400);
    expect((await listAudit(app.deps.db)).filter((a) => a.action === 'summary.save')).toEqual([]);

    const text = 'Families told us the new SENCO listens.\n\nWe will keep the monthly drop-ins.';
    const saved = await api('/summary', 'PUT', { text });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ text, stale: false });
    const edited = await report();
    expect(summaryOf(edited)).toEqual([
      'Families told us the new SENCO listens.',
      'We will keep the monthly drop-ins.',
    ]);
    expect(edited.summaryEdit).toEqual({ stale: false });
    const html = await (await api('/report?format=html')).text();
    expect(html).toContain('We will keep the monthly drop-ins.');
    const zip = await JSZip.loadAsync(
      Buffer.from(await (await api('/report?format=docx')).arrayBuffer()),
    );
    expect(await zip.file('word/document.xml')?.async('string')).toContain(
      'We will keep the monthly drop-ins.',
    );

    await send();
    await app.tagWorker.drain();
    expect((await report()).summaryEdit).toEqual({ stale: true });

    expect((await api('/summary', 'DELETE')).status).toBe(204);
    const reset = await report();
    expect(reset.summaryEdit).toBeUndefined();
    expect(summaryOf(reset)[0]).toMatch(/^13 people answered this survey\./);
    const actions = (await listAudit(app.deps.db)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['summary.save', 'summary.reset']));
  });
});
