// A long report is easy to find one's way round (#14 point 11): a contents list, next and
// previous question links and folding of each question's figures, all by keyboard, at desktop
// and phone widths, with no axe violation of any impact.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { postJson } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoViolations } from './support/axe.ts';
import { hasChromium, launchChromium } from './support/browser.ts';
import { openSignedIn } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const TITLE = 'Quick check: how confident do you feel about SEND support?';

/** How far the element's top is from the top of the window, in pixels. */
const topOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top));

describe.skipIf(!hasChromium)('finding one’s way round the report', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    officer = await addUser(server.t, 'officer');
    for (const role of [...Array(12).fill('parent'), ...Array(11).fill('carer')]) {
      const answers = {
        respondent_role: role,
        confidence: { listened_to_by_council: 'agree', know_who_to_contact: 'disagree' },
        improve_confidence: 'Quicker EHC plans and someone who calls back.',
        quote_consent: 'yes',
      };
      await server.t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
    }
    await server.t.tagWorker.drain();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 390]) {
    it(`has contents, question links and folding at ${width} px`, {
      timeout: 180_000,
    }, async () => {
      const { context, page } = await openSignedIn(
        browser,
        `${server.url}/officer/surveys/${SLUG}`,
        officer,
      );
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const contents = page.getByRole('navigation', { name: 'Contents' });
      await contents.waitFor();
      const entries = contents.getByRole('listitem');
      const titles = (await entries.allTextContents()).filter((t) => t !== 'Summary');
      expect(titles.length).toBeGreaterThan(1);
      await expectNoViolations(page, `the report with its contents at ${width} px`);

      // The contents, by keyboard: the second question comes to the top of the window.
      const second = contents.getByRole('link', { name: titles[1], exact: true });
      await second.focus();
      await page.keyboard.press('Enter');
      const secondId = ((await second.getAttribute('href')) ?? '').slice(1);
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#${secondId}`);
      await expect.poll(() => topOf(page, `#${secondId}`)).toBeLessThan(100);

      // From there to the next question and back again.
      const section = page.locator(`#${secondId}`);
      await section.getByRole('link', { name: /^Next question/ }).press('Enter');
      const thirdId = await page.evaluate(() => window.location.hash.slice(1));
      expect(thirdId).not.toBe(secondId);
      await expect.poll(() => topOf(page, `#${thirdId}`)).toBeLessThan(100);
      await page
        .locator(`#${thirdId}`)
        .getByRole('link', { name: /^Previous question/ })
        .press('Enter');
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#${secondId}`);

      // Folding one question hides its figures; folding every one shortens the page.
      const fold = section.getByRole('button', { name: /^Fold the figures/ });
      expect(await fold.getAttribute('aria-expanded')).toBe('true');
      await fold.press('Enter');
      const show = section.getByRole('button', { name: /^Show the figures/ });
      expect(await show.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator(`#${secondId}-body`).isHidden()).toBe(true);
      await show.press('Enter');
      expect(await page.locator(`#${secondId}-body`).isVisible()).toBe(true);

      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      await contents
        .getByRole('button', { name: 'Fold every question', exact: true })
        .press('Enter');
      const short = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(short).toBeLessThan(tall / 2);
      expect(await page.getByRole('button', { expanded: true, name: /figures/ }).count()).toBe(0);
      await expectNoViolations(page, `the report folded at ${width} px`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(sideways).toBe(false);
      await contents.getByRole('button', { name: 'Unfold every question', exact: true }).click();
      expect(await page.getByRole('button', { expanded: false, name: /figures/ }).count()).toBe(0);
      await context.close();
    });
  }
});
