// axe-core finds no serious or critical problem on any page a parent can reach, and the pages
// fit a 320 pixel wide screen without scrolling sideways.
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.ts';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import {
  DESKTOP,
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
import {
  CLOSED_SLUG,
  NOT_YET_OPEN_SLUG,
  writeScheduledSurveys,
} from './support/scheduled-surveys.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe.skipIf(!hasChromium)('accessibility', () => {
  let server: Server;
  let scheduledServer: Server;
  let surveysDir: string;
  let browser: Browser;

  beforeAll(async () => {
    surveysDir = writeScheduledSurveys();
    [server, scheduledServer, browser] = await Promise.all([
      startTestServer(),
      startTestServer({ surveysDir }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), scheduledServer?.close()]);
    if (surveysDir) rmSync(surveysDir, { recursive: true, force: true });
  });

  async function openPage(options = DESKTOP): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
    const page = await context.newPage();
    return { page, problems: watchForPageProblems(page) };
  }

  it('has no serious problems on the home, accessibility and "not found" pages', async () => {
    const { page, problems } = await openPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: /tell us about your experience/ }).waitFor();
    await expectNoSeriousViolations(page, 'the home page');
    await page.goto(`${server.url}/accessibility`);
    await expectNoSeriousViolations(page, 'the accessibility statement');
    await page.goto(`${server.url}/s/no-such-questionnaire`);
    await page.getByRole('heading', { name: "We can't find this questionnaire" }).waitFor();
    await expectNoSeriousViolations(page, 'the "not found" page');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('has no serious problems from the notice to the thank-you page', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/s/${SLUG}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await expectNoSeriousViolations(page, 'the privacy notice');
    await startQuestionnaire(page);
    // Skipping a required question shows an error, which must be accessible too.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Please choose one, so we can understand the answers.').waitFor();
    await expectNoSeriousViolations(page, 'a page with an error message');
    const steps = [answerAboutYou, answerExperiences, answerVision, answerImprovementAreas];
    for (const [index, answer] of steps.entries()) {
      await answer(page);
      await expectNoSeriousViolations(page, `questionnaire page ${index + 1}`);
      await next(page, PAGE_TITLES[index + 1] ?? '');
    }
    await answerQuoteConsent(page);
    await expectNoSeriousViolations(page, `questionnaire page ${steps.length + 1}`);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await waitForFocusedHeading(page, 'Your answers have been sent');
    await expectNoSeriousViolations(page, 'the thank-you page');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('has no serious problems on closed and not-yet-open questionnaires', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${scheduledServer.url}/s/${CLOSED_SLUG}`);
    await page.getByRole('heading', { name: 'This questionnaire has closed' }).waitFor();
    await expectNoSeriousViolations(page, 'a closed questionnaire');
    await page.goto(`${scheduledServer.url}/s/${NOT_YET_OPEN_SLUG}`);
    await page.getByRole('heading', { name: 'This questionnaire is not open yet' }).waitFor();
    expect(await page.getByText(/^It opens on \w+day \d{1,2} \w+ \d{4} at /).count()).toBe(1);
    await expectNoSeriousViolations(page, 'a questionnaire that is not open yet');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 pixel wide screen, and stays accessible there', async () => {
    const { page } = await openPage({ viewport: { width: 320, height: 640 } });
    await page.goto(server.url);
    await page.getByRole('link', { name: /tell us about your experience/ }).waitFor();
    expect(await scrollsSideways(page), 'home page scrolls sideways').toBe(false);
    await page.goto(`${server.url}/s/${SLUG}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await scrollsSideways(page), 'notice scrolls sideways').toBe(false);
    await startQuestionnaire(page);
    expect(await scrollsSideways(page), 'page 1 scrolls sideways').toBe(false);
    await answerAboutYou(page);
    await next(page, PAGE_TITLES[1]);
    expect(await scrollsSideways(page), 'page 2 scrolls sideways').toBe(false);
    await expectNoSeriousViolations(page, 'the agree/disagree grid on a small screen');
    await page.context().close();
  });
});
