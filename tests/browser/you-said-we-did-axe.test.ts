// The "You said, we did" pages have no axe problem of any impact, minor ones and best practices
// included, at the width of a small phone and of a laptop, never scroll sideways, and work with
// JavaScript turned off (they have none).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { startTestServer } from '../support/test-server.ts';
import { answer, closeSurvey, seriesAppOptions } from '../support/you-said-we-did.ts';
import { expectNoViolations, scrollsSideways } from './support/axe.ts';
import { hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';

const WIDTHS = [320, 1280];
const PAGES = [
  '/you-said-we-did',
  '/you-said-we-did/spring',
  '/you-said-we-did/spring/en-easy',
  '/you-said-we-did/spring/cy',
  '/you-said-we-did/year/2026',
  '/you-said-we-did/nope',
];

describe.skipIf(!hasChromium)('the "You said, we did" pages', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(seriesAppOptions()), launchChromium()]);
    const { t } = server;
    await answer(t, 'spring', 12, 7);
    const officer = await tokenFor(t, (await addUser(t, 'officer')).id);
    const post = (path: string, method: string, body?: unknown) =>
      t.request(`/api/surveys/spring/actions${path}`, asToken(officer, method, body));
    const created = await post('', 'POST', {
      title: 'Reply to every email within ten working days',
      description: 'The SEND team will answer every email within ten working days.',
      status: 'planned',
      public: true,
      themes: ['communication'],
      questions: ['working_well'],
    });
    const { id } = (await created.json()) as { id: string };
    await post(`/${id}/updates`, 'POST', {
      note: 'Two caseworkers started.',
      status: 'in_progress',
    });
    await post(`/${id}/texts/en-easy`, 'PUT', {
      title: 'We will answer your emails',
      description: 'We will answer your email in two weeks.',
    });
    await post(`/${id}/texts/cy`, 'PUT', {
      title: 'Ateb pob e-bost',
      description: 'Byddwn yn ateb pob e-bost o fewn deg diwrnod gwaith.',
    });
    await closeSurvey(t, 'spring', '2026-06-30T00:00:00Z');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function check(page: Page, label: string) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoViolations(page, `${label} at ${width} px`);
      expect(await scrollsSideways(page), `${label} scrolls sideways at ${width} px`).toBe(false);
    }
  }

  // axe runs as a script in the page, so this context allows scripts; the pages have none.
  it('has no axe violation at 320 and 1280 px', { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    for (const path of PAGES) {
      await page.goto(`${server.url}${path}`);
      await check(page, path);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads the same with JavaScript turned off', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/you-said-we-did/spring`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'You said, we did: Spring survey',
    );
    expect(await page.getByText('58% of the 12 who answered').isVisible()).toBe(true);
    await context.close();
  });
});
