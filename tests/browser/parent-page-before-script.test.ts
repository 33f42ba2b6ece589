// The questionnaire's page reads before its script has run, and without JavaScript it says how
// to answer on paper or by telephone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.ts';
import { hasChromium, launchChromium, PHONE } from './support/browser.ts';
import { SLUG, TITLE } from './support/parent-experience.ts';

const NO_SCRIPT = 'To answer on paper or by telephone instead, contact the SEND engagement team';
const NOTICE = 'This survey is anonymous.';

describe.skipIf(!hasChromium)('the questionnaire page before its script', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({
        env: {
          ORGANISATION_NAME: 'the SEND engagement team',
          ORGANISATION_CONTACT: 'phone 01632 960001',
        },
      }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the title, the notice and how to get a paper copy without JavaScript', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/s/${SLUG}`);
    expect(await page.title()).toBe(`${TITLE} – SEND Voice`);
    expect(await page.getByRole('heading', { level: 1, name: TITLE }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Before you start' }).isVisible()).toBe(true);
    expect(await page.getByText(NOTICE, { exact: false }).isVisible()).toBe(true);
    // Playwright's text search skips <noscript>, so the message is found by where it sits.
    const message = page.locator('noscript p');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toContain(NO_SCRIPT);
    expect(await message.innerText()).toContain('phone 01632 960001');
    await context.close();
  });

  it('shows the title and notice while the script is still downloading', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/main-*.js', async (route) => {
      await held;
      await route.continue();
    });
    // The held module script keeps DOMContentLoaded from firing; the page is read before it.
    await page.goto(`${server.url}/s/${SLUG}`, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText(NOTICE, { exact: false }).isVisible()).toBe(true);
    expect(await page.locator('noscript').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toContain(NO_SCRIPT);
    expect(await page.getByRole('button', { name: 'Start' }).count()).toBe(0);

    release();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await context.close();
  });
});
