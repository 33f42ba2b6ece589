// Someone who cannot use a mouse or touch screen can start the questionnaire and answer it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.ts';
import {
  DESKTOP,
  hasChromium,
  launchChromium,
  readDraft,
  waitForFocusedHeading,
  watchForPageProblems,
} from './support/browser.ts';
import { PAGE_TITLES, SLUG, TITLE } from './support/parent-experience.ts';

/** Presses Tab until the focused element matches, failing after a sensible number of presses. */
async function tabTo(page: Page, describe: string, matches: (el: Element) => boolean) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      `(${matches.toString()})(document.activeElement ?? document.body)`,
    );
    if (found) return;
  }
  throw new Error(`Could not reach ${describe} with the Tab key`);
}

/** The focused element's focus style, so we can check it is visible. */
const focusStyle = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return {
      outline: style.outlineStyle,
      boxShadow: style.boxShadow,
      background: style.backgroundColor,
    };
  });

describe.skipIf(!hasChromium)('keyboard only', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('skips to the content, starts, answers, and clears the answers, all by keyboard', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${server.url}/s/${SLUG}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    await tabTo(page, 'the Start button', (el) => el.textContent?.trim() === 'Start');
    const startFocus = await focusStyle(page);
    expect(startFocus.background).toBe('rgb(255, 221, 0)');
    await page.keyboard.press('Enter');
    await waitForFocusedHeading(page, TITLE);
    await page.getByRole('heading', { name: PAGE_TITLES[0], exact: true }).waitFor();

    await tabTo(
      page,
      'the first answer to "Who is answering?"',
      (el) => el instanceof HTMLInputElement && el.type === 'radio',
    );
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'A parent' }).isChecked()).toBe(true);
    // Arrow keys move between the answers of one question, as in any radio group.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^A carer/ }).isChecked()).toBe(true);

    await tabTo(page, 'the Next button', (el) => el.textContent?.trim() === 'Next');
    expect(await focusStyle(page)).not.toEqual({
      outline: 'none',
      boxShadow: 'none',
      background: 'rgba(0, 0, 0, 0)',
    });
    await page.keyboard.press('Enter');
    await waitForFocusedHeading(page, PAGE_TITLES[1]);

    const draft = await readDraft(page, SLUG);
    expect(draft?.data).toMatchObject({ respondent_role: 'carer' });
    expect(draft?.pageNo).toBe(1);

    // Back later on a shared computer: clear the answers and start again, by keyboard.
    await page.reload();
    await page.getByText('Welcome back.', { exact: false }).waitFor();
    await tabTo(page, '"Start again"', (el) => el.textContent === 'Start again with no answers');
    await page.keyboard.press('Enter');
    await tabTo(page, 'the confirmation', (el) => el.textContent === 'Yes, clear my answers');
    await page.keyboard.press('Enter');
    await waitForFocusedHeading(page, TITLE);
    await page.getByText('Your answers have been cleared from this device.').waitFor();
    expect(await readDraft(page, SLUG)).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});
