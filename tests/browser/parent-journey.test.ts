// A parent on a phone answers the big questionnaire, is interrupted, comes back, and sends it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listResponses } from '../../db/responses-repository.ts';
import { startTestServer } from '../support/test-server.ts';
import {
  hasChromium,
  launchChromium,
  PHONE,
  readDraft,
  waitForFocusedHeading,
  watchForPageProblems,
} from './support/browser.ts';
import {
  answerAboutYou,
  answerExperiences,
  answerImprovementAreas,
  answerQuoteConsent,
  answerVision,
  COMMENTS,
  EXPECTED_ANSWERS,
  next,
  PAGE_TITLES,
  SLUG,
  startQuestionnaire,
  TITLE,
} from './support/parent-experience.ts';

describe.skipIf(!hasChromium)('a parent on a phone', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers, leaves, comes back to the same place, and sends the questionnaire', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') keys.push(request.headers()['idempotency-key'] ?? '');
    });

    await page.goto(`${server.url}/s/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('This survey is anonymous.', { exact: false }).waitFor();
    await startQuestionnaire(page);

    await answerAboutYou(page);
    await next(page, PAGE_TITLES[1]);
    await answerExperiences(page);
    expect(await page.title()).toContain('page 2 of');

    // The parent is interrupted and comes back later on the same phone.
    await page.reload();
    await page.getByText('Welcome back. We kept the answers you gave on this device.').waitFor();
    await page.getByRole('heading', { name: PAGE_TITLES[1], exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'What is working well?' }).inputValue()).toBe(
      COMMENTS.working_well,
    );
    const disagree = page.getByRole('radio', { name: /The Local Offer.*column Disagree$/ });
    expect(await disagree.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    await waitForFocusedHeading(page, PAGE_TITLES[0]);
    expect(await page.getByRole('radio', { name: 'A parent' }).isChecked()).toBe(true);
    await next(page, PAGE_TITLES[1]);

    await next(page, PAGE_TITLES[2]);
    await answerVision(page);
    await next(page, PAGE_TITLES[3]);
    await answerImprovementAreas(page);
    await next(page, PAGE_TITLES[4]);
    await answerQuoteConsent(page);
    await page.getByRole('button', { name: 'Send my answers' }).click();

    await waitForFocusedHeading(page, 'Your answers have been sent');
    await page.getByRole('heading', { name: 'Getting help' }).waitFor();
    const samaritans = page.getByRole('link', { name: '116 123' });
    expect(await samaritans.getAttribute('href')).toBe('tel:116123');
    expect(await page.getByRole('link', { name: 'www.samaritans.org' }).count()).toBe(1);

    expect(await readDraft(page, SLUG)).toBeNull();
    const stored = await listResponses(server.db, SLUG);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answers).toMatchObject(EXPECTED_ANSWERS);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the steps of a questionnaire with several pages, and none for one page', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const steps = page.locator('.page-progress__step--current');
    await page.goto(`${server.url}/s/${SLUG}`);
    await startQuestionnaire(page);
    await steps.waitFor();
    await page.goto(`${server.url}/s/confidence-pulse`);
    await page.getByRole('button', { name: /^Start/ }).click();
    await page.getByRole('heading', { name: 'How confident do you feel?' }).waitFor();
    expect(await steps.count()).toBe(0);
    await context.close();
  });

  it('keeps the answers and sends them once when the first attempt is cut off', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const keys: string[] = [];
    let cutOff = false;
    await page.route('**/api/surveys/*/responses', async (route) => {
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (cutOff) return route.continue();
      cutOff = true;
      // The request reaches the server, but the reply is lost on the way back.
      await route.fetch();
      return route.abort('connectionreset');
    });

    await page.goto(`${server.url}/s/confidence-pulse`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('A carer (for example', { exact: false }).click();
    const before = await listResponses(server.db, 'confidence-pulse');
    while (await page.getByRole('button', { name: 'Next' }).count()) {
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('button', { name: 'Send my answers' }).click();

    await waitForFocusedHeading(page, 'Sorry, your answers have not been sent');
    const draft = await readDraft(page, 'confidence-pulse');
    expect(draft?.idempotencyKey).toBe(keys[0]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForFocusedHeading(page, 'Your answers have been sent');

    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const after = await listResponses(server.db, 'confidence-pulse');
    expect(after.length - before.length).toBe(1);
    await context.close();
  });
});
