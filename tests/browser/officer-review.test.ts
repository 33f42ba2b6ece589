// An officer reads the answers to check first and marks one reviewed, then corrects the themes
// of an answer with the keyboard-friendly coding screen, and approves a quote; the pages pass axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../analysis/report/report-types.ts';
import { asToken } from '../support/accounts.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { DESKTOP, hasChromium, watchForPageProblems } from './support/browser.ts';
import { type OfficerWorld, signInAs, startOfficerWorld } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const QUESTION = 'improve_confidence';
// Every answer shares its themes, so that no theme's figure is hidden and quotes are shown.
const COMMON = 'Quicker EHC plans and someone who calls back.';
const WORRYING = `My daughter talks about wanting to die since she lost her school place. ${COMMON}`;

describe.skipIf(!hasChromium)('the officer review pages', () => {
  let server: OfficerWorld['server'];
  let browser: OfficerWorld['browser'];
  let officer: OfficerWorld['officer'];
  let token: string;

  beforeAll(async () => {
    const alike = Array.from({ length: 12 }, (_, i) => `${COMMON} (${i + 1})`);
    ({ server, browser, officer, token } = await startOfficerWorld(SLUG, QUESTION, [
      WORRYING,
      ...alike,
    ]));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = (page: Page) => signInAs(page, officer);

  it('lists worrying answers first and records that one was reviewed', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${server.url}/officer/surveys/${SLUG}`);
    await signIn(page);
    await page.getByRole('link', { name: 'Answers to check first (1)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Answers to check first' }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'lost her school place' });
    // The heading shows while loading too: wait for the answer itself.
    await item.getByRole('button', { name: 'Mark as reviewed' }).waitFor();
    expect(await item.locator('mark').count()).toBeGreaterThan(0);
    await expectNoSeriousViolations(page, 'the safeguarding list');

    await item.getByRole('button', { name: 'Mark as reviewed' }).click();
    await page
      .getByRole('status')
      .getByText(/Marked as reviewed/)
      .waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toMatch(/^Reviewed/);
    await page.reload();
    await page.getByText(`Reviewed by ${officer.email} on`).waitFor();
    expect(await page.getByRole('button', { name: 'Mark as reviewed' }).count()).toBe(0);
    await expectNoSeriousViolations(page, 'the safeguarding list after review');
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await context.close();
  });

  it('approves a quote for publication and withdraws it', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}/officer/surveys/${SLUG}`);
    await signIn(page);
    const quote = page.locator('.quote-list__item').first();
    await quote.getByRole('button', { name: 'Approve for publication' }).click();
    await quote.getByRole('status').getByText('Approved for publication.').waitFor();
    await page.reload();
    const approved = page.locator('.quote-list__item').first();
    await approved.getByRole('button', { name: 'Withdraw approval' }).click();
    await approved.getByRole('button', { name: 'Approve for publication' }).waitFor();
    await expectNoSeriousViolations(page, 'the report with quotes to approve');
    await context.close();
  });
  it('saves an officer’s themes for an answer', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}/officer/surveys/${SLUG}`);
    await signIn(page);
    await page
      .getByRole('link', { name: /^Check the coding/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Check the coding' }).waitFor();
    await page
      .getByRole('button', { name: /^Confirm, next answer/ })
      .first()
      .waitFor();
    await expectNoSeriousViolations(page, 'the coding page');

    const item = page
      .locator('[data-answer]')
      .filter({ has: page.locator('input[type="checkbox"]:checked') })
      .first();
    const ticked = item.locator('input[type="checkbox"]:checked').first();
    const text = (await item.locator('blockquote').textContent()) ?? '';
    const label =
      (await page.locator(`label[for="${await ticked.getAttribute('id')}"]`).textContent()) ?? '';
    // Each change is saved as it is made, with no Save button.
    await ticked.uncheck();
    await page
      .getByRole('status')
      .getByText(/^Saved the themes for answer/)
      .waitFor();
    // Confirming carries on at the next answer, for officers working with the keyboard.
    await item.getByRole('button', { name: /^Confirm, next answer/ }).click();
    const number = Number(await item.getAttribute('data-answer'));
    const next = page.locator(`[data-answer="${number + 1}"] input[type="checkbox"]`).first();
    await expect.poll(() => next.evaluate((el) => el === document.activeElement)).toBe(true);

    const report = (await (
      await server.t.request(`/api/surveys/${SLUG}/report?format=json`, asToken(token))
    ).json()) as Report;
    const theme = report.questions
      .find((q) => q.name === QUESTION)
      ?.themes?.find((t) => t.label === label);
    expect(theme).toBeDefined();
    const res = await server.t.request(
      `/api/surveys/${SLUG}/answers?question=${QUESTION}&limit=50`,
      asToken(token),
    );
    const answers = (await res.json()) as {
      text: string;
      themes: { id: string; source: string; present: boolean }[];
    }[];
    const saved = answers.find((a) => a.text === text);
    expect(saved?.themes).toContainEqual(
      expect.objectContaining({ id: theme?.id, source: 'human', present: false }),
    );
    await context.close();
  });
});
