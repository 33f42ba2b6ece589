// Coding answers by keyboard (#14 point 12): one key per theme ticks or unticks it in the answer
// in focus, every change is saved at once (no Save button), "N of M answers checked" follows and
// is announced politely; the keys can be turned off and changed (WCAG 2.1.4).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asToken } from '../support/accounts.ts';
import { expectNoViolations } from './support/axe.ts';
import { DESKTOP, hasChromium } from './support/browser.ts';
import { type OfficerWorld, signInAs, startOfficerWorld } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const QUESTION = 'improve_confidence';
const COMMON = 'Quicker EHC plans and someone who calls back.';

describe.skipIf(!hasChromium)('coding answers with one key per theme', () => {
  let world: OfficerWorld;

  beforeAll(async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `${COMMON} (${i + 1})`);
    world = await startOfficerWorld(SLUG, QUESTION, texts);
  });
  afterAll(async () => {
    await world?.browser.close();
    await world?.server.close();
  });

  /** The officer's saved themes of one answer, read back through the API. */
  async function humanThemes(text: string) {
    const res = await world.server.t.request(
      `/api/surveys/${SLUG}/answers?question=${QUESTION}&limit=50`,
      asToken(world.token),
    );
    const answers = (await res.json()) as {
      text: string;
      themes: { id: string; source: string; present: boolean }[];
    }[];
    return (answers.find((a) => a.text === text)?.themes ?? []).filter((t) => t.source === 'human');
  }

  const box = (page: Page, answer: number, index: number) =>
    page.locator(`[data-answer="${answer}"] input[type="checkbox"]`).nth(index);

  it('ticks a theme with its key, saves at once and counts the answer checked', {
    timeout: 180_000,
  }, async () => {
    const context = await world.browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${world.server.url}/officer/surveys/${SLUG}/coding?question=${QUESTION}`);
    await signInAs(page, world.officer);
    await page.getByRole('heading', { level: 1, name: 'Check the coding' }).waitFor();
    const progress = page.getByRole('status').filter({ hasText: /answers checked/ });
    await progress.getByText('0 of 12 answers checked.').waitFor();
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    await expectNoViolations(page, 'the coding page');

    // The second theme's key is shown beside it; pressed in answer 1, it flips that box.
    const second = box(page, 1, 1);
    const key = await second.getAttribute('aria-keyshortcuts');
    expect(key).toBe('2');
    await page.locator('[data-answer="1"] .review-key').nth(1).getByText('2').waitFor();
    const before = await second.isChecked();
    const text = (await page.locator('[data-answer="1"] blockquote').textContent()) ?? '';
    await box(page, 1, 0).focus();
    await page.keyboard.press('2');
    expect(await second.isChecked()).toBe(!before);
    await page.getByRole('status').getByText('Saved the themes for answer 1.').waitFor();
    await progress.getByText('1 of 12 answers checked.').waitFor();
    expect((await humanThemes(text)).length).toBeGreaterThan(0);

    // Confirming an answer whose themes are right saves it too and moves on.
    await page.locator('[data-answer="2"] input[type="checkbox"]').first().focus();
    await page
      .locator('[data-answer="2"]')
      .getByRole('button', { name: /^Confirm, next answer/ })
      .press('Enter');
    await progress.getByText('2 of 12 answers checked.').waitFor();
    await expect
      .poll(() => box(page, 3, 0).evaluate((el) => el === document.activeElement))
      .toBe(true);

    // Turned off, the key does nothing.
    await page.getByText('Keyboard shortcuts', { exact: true }).click();
    await page.getByLabel('Use one-key shortcuts for themes').uncheck();
    await page.getByText('One-key shortcuts for themes are off.').waitFor();
    expect(await page.locator('.review-key').count()).toBe(0);
    const third = await box(page, 3, 1).isChecked();
    await box(page, 3, 0).focus();
    await page.keyboard.press('2');
    expect(await box(page, 3, 1).isChecked()).toBe(third);

    // Turned on again with the first theme on "x" instead, kept after a reload.
    await page.getByLabel('Use one-key shortcuts for themes').check();
    const firstKey = page.getByRole('textbox').first();
    await firstKey.fill('x');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Check the coding' }).waitFor();
    await box(page, 1, 0).waitFor();
    expect(await box(page, 1, 0).getAttribute('aria-keyshortcuts')).toBe('x');
    const firstBefore = await box(page, 4, 0).isChecked();
    await box(page, 4, 1).focus();
    await page.keyboard.press('x');
    expect(await box(page, 4, 0).isChecked()).toBe(!firstBefore);
    await page.getByRole('status').getByText('Saved the themes for answer 4.').waitFor();
    await page.getByText('Keyboard shortcuts', { exact: true }).click();
    for (const width of [320, 390, 1024, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoViolations(page, `the coding page with its settings open at ${width} px`);
    }
    await context.close();
  });
});
