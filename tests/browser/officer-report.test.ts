// An officer reads a survey of a series: trends in words and numbers, a narrative written before
// the latest answers flagged, a report of one version and with a higher threshold; then downloads
// every file the report page offers and gets real files with the right names.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { postJson, SHIPPED_SURVEYS_DIR, writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn } from './support/officer.ts';

const SLUG = 'pulse-summer';
const LISTENED = 'I feel listened to by the council';
const KNOW = 'I know who to contact about my child’s SEND';

function waves() {
  const shipped = JSON.parse(
    readFileSync(`${SHIPPED_SURVEYS_DIR}/confidence-pulse.json`, 'utf8'),
  ) as Record<string, unknown>;
  const wave = (slug: string, title: string, opensAt: string) => ({
    ...shipped,
    slug,
    title,
    opensAt,
    series: 'confidence',
  });
  return writeSurveysDir([
    wave('pulse-spring', 'Confidence check, spring', '2026-01-05T09:00:00Z'),
    wave(SLUG, 'Confidence check, summer', '2026-04-06T09:00:00+01:00'),
  ]);
}

describe.skipIf(!hasChromium)('the officer report page', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Awaited<ReturnType<typeof addUser>>;

  async function answer(slug: string, count: number, listened: string, know: string) {
    for (let i = 0; i < count; i++) {
      const answers = {
        respondent_role: 'parent',
        confidence: { listened_to_by_council: listened, know_who_to_contact: know },
      };
      const res = await server.t.request(`/api/surveys/${slug}/responses`, postJson({ answers }));
      expect(res.status).toBe(201);
    }
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ surveysDir: waves(), env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    officer = await addUser(server.t, 'officer');
    const token = await tokenFor(server.t, officer.id);
    // Spring: 15 of 30 feel listened to, 20 of 30 know whom to contact.
    await answer('pulse-spring', 15, 'agree', 'agree');
    await answer('pulse-spring', 5, 'disagree', 'agree');
    await answer('pulse-spring', 10, 'disagree', 'disagree');
    // Summer: 30 of 40 (a significant rise), and 26 of 40 (no real change).
    await answer(SLUG, 20, 'agree', 'agree');
    const narrative = { text: 'Everyone who answered so far is a parent.' };
    const saved = await server.t.request(
      `/api/surveys/${SLUG}/narratives/respondent_role`,
      asToken(token, 'PUT', narrative),
    );
    expect(saved.status).toBe(200);
    await answer(SLUG, 10, 'agree', 'disagree');
    await answer(SLUG, 6, 'disagree', 'agree');
    await answer(SLUG, 4, 'disagree', 'disagree');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (query = '') =>
    openSignedIn(browser, `${server.url}/officer/surveys/${SLUG}${query}`, officer);
  const heading = (page: Page) =>
    page.getByRole('heading', { level: 1, name: 'Confidence check, summer' }).waitFor();

  it('shows each agreement figure over the series, with the change in words', async () => {
    const { context, page } = await open();
    const problems = watchForPageProblems(page);
    await heading(page);
    const listened = page.getByRole('table', { name: `Change over time: ${LISTENED}` });
    const cells = async (survey: RegExp) =>
      listened.getByRole('row', { name: survey }).getByRole('cell').allTextContents();
    expect(await cells(/^Confidence check, spring/)).toEqual([
      '50% of 30',
      '33.2% to 66.8%',
      'No earlier survey to compare with',
    ]);
    const summer = await cells(/^Confidence check, summer \(this survey\)/);
    expect(summer.slice(0, 2)).toEqual(['75% of 40', '59.8% to 85.8%']);
    expect(summer[2]).toMatch(/^Significant change: up from 50% \(p = 0\.0\d\d\)$/);
    const know = page.getByRole('table', { name: `Change over time: ${KNOW}` });
    expect(await know.getByRole('row').last().getByRole('cell').last().textContent()).toMatch(
      /^No significant change \(p = 0\.\d+\)$/,
    );

    const role = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Who is answering?' }),
    });
    await role
      .getByText(
        'This text was written when 20 people had answered; now 40 have. Check it still holds.',
      )
      .waitFor();
    await expectAccessibleAtEveryWidth(page, 'the report with trends');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reports one version, or with a higher threshold, and refuses one below the floor', async () => {
    const { context, page } = await open();
    await heading(page);
    await page.getByLabel('Version of the questionnaire').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(/version=1/);
    await page.getByText('Report of version 1').waitFor();
    expect(await page.getByLabel('Version of the questionnaire').inputValue()).toBe('1');

    const threshold = page.getByLabel('Hide figures about fewer than this many people');
    expect(await threshold.inputValue()).toBe('10');
    await threshold.fill('45');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(/k=45/);
    await page.getByText('Figures about fewer than 45 people are hidden').waitFor();
    // 40 answered: fewer than 45, so the question itself is hidden.
    await page
      .getByText(/^Answered by fewer than 45 people/)
      .first()
      .waitFor();

    await page.getByLabel('Hide figures about fewer than this many people').fill('3');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.getByText('Enter a whole number of people, 10 or more.').waitFor();
    expect(page.url()).toMatch(/k=45/);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
    expect(focused).toBe('k');
    await expectAccessibleAtEveryWidth(page, 'the report options with an error');
    await context.close();
  });

  it('downloads every file, each a real file with its proper name', async () => {
    const { context, page } = await open();
    await heading(page);
    const download = async (name: RegExp) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name }).click(),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), bytes: readFileSync(path) };
    };
    const zipParts = async (bytes: Buffer) => Object.keys((await JSZip.loadAsync(bytes)).files);

    const html = await download(/^Printable report \(HTML\)/);
    expect(html.name).toBe(`${SLUG}-report.html`);
    expect(html.bytes.toString('utf8')).toMatch(/^<!doctype html>[\s\S]*Confidence check, summer/);

    const docx = await download(/^Report as a Word document/);
    expect(docx.name).toBe(`${SLUG}-report.docx`);
    expect(await zipParts(docx.bytes)).toContain('word/document.xml');

    const xlsx = await download(/^Report as a spreadsheet/);
    expect(xlsx.name).toBe(`${SLUG}-report.xlsx`);
    expect(await zipParts(xlsx.bytes)).toContain('xl/workbook.xml');

    const figures = await download(/^Report figures as a table/);
    expect(figures.name).toBe(`${SLUG}-report.csv`);
    expect(figures.bytes.toString('utf8')).toContain('Question,Table,Line,Number,Per cent');

    const easyRead = await download(/^Easy read summary/);
    expect(easyRead.name).toBe(`${SLUG}-easy-read.docx`);
    expect(await zipParts(easyRead.bytes)).toContain('word/document.xml');

    const csv = await download(/^Responses, one row each, not for publication \(CSV\)/);
    expect(csv.name).toBe(`${SLUG}-responses-NOT-FOR-PUBLICATION.csv`);
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toMatch(/NOT FOR PUBLICATION/);
    expect(lines[1]).toMatch(/^Date,Channel,Version,/);
    // The notice, the headers and one row per response.
    expect(lines.filter((line) => line !== '')).toHaveLength(42);
    const sheet = await download(/^Responses, one row each, not for publication \(XLSX\)/);
    expect(sheet.name).toBe(`${SLUG}-responses-NOT-FOR-PUBLICATION.xlsx`);
    await context.close();
  });
});
