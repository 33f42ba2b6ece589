// axe finds no problem of any impact, minor ones included, on any page of a parent's journey at
// the widths of a small phone, a phone, a tablet on its side and a laptop.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.ts';
import { expectNoViolations, scrollsSideways } from './support/axe.ts';
import {
  hasChromium,
  launchChromium,
  waitForFocusedHeading,
  watchForPageProblems,
} from './support/browser.ts';
import {
  answerAboutYou,
  answerExperiences,
  answerImprovementAreas,
  answerQuoteConsent,
  answerVision,
  next,
  PAGE_TITLES,
  SLUG,
  startQuestionnaire,
} from './support/parent-experience.ts';

const WIDTHS = [320, 390, 1024, 1280];

describe.skipIf(!hasChromium)('a parent’s pages at every width', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Checks at each width, and ends on the wide screen the journey continues at. */
  async function check(page: Page, label: string) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoViolations(page, `${label} at ${width} px`);
      expect(await scrollsSideways(page), `${label} scrolls sideways at ${width} px`).toBe(false);
    }
  }

  // Thirty-two axe runs; the shared test machine needs the time.
  it('has no axe violation from the notice to the thank-you page', {
    timeout: 400_000,
  }, async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${server.url}/s/${SLUG}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await check(page, 'the privacy notice');
    await startQuestionnaire(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Please choose one, so we can understand the answers.').waitFor();
    await check(page, 'a page with an error message');
    const steps = [answerAboutYou, answerExperiences, answerVision, answerImprovementAreas];
    for (const [index, answer] of steps.entries()) {
      await answer(page);
      await check(page, `questionnaire page ${index + 1}`);
      await next(page, PAGE_TITLES[index + 1] ?? '');
    }
    await answerQuoteConsent(page);
    await check(page, `questionnaire page ${steps.length + 1}`);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await waitForFocusedHeading(page, 'Your answers have been sent');
    await check(page, 'the thank-you page');
    expect(problems).toEqual([]);
    await context.close();
  });
});
