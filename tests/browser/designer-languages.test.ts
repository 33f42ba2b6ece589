// A designer adds Easy read to a questionnaire in the Languages tab, rewords a question and the
// privacy notice, saves and publishes; a parent then picks Easy read and sees that wording. The
// answers keep the same question names. Every screen passes axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import {
  DESKTOP,
  hasChromium,
  launchChromium,
  PHONE,
  watchForPageProblems,
} from './support/browser.ts';
import { signInAs } from './support/officer.ts';

const SLUG = 'breaks-easy';
const TITLE = 'Has your child used a short break service this year?';
const EASY_TITLE = 'Did your child go to a short break this year?';
const EASY_NOTICE = 'We will not ask your name. Nobody will know it was you.';

const json = {
  pages: [
    {
      name: 'one',
      elements: [
        { type: 'radiogroup', name: 'used', title: TITLE, choices: ['Yes', 'No'] },
        { type: 'comment', name: 'what_helps', title: 'What would make short breaks better?' },
      ],
    },
  ],
};

describe.skipIf(!hasChromium)('the Languages tab', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let designer: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    designer = await addUser(server.t, 'designer');
    const token = await tokenFor(server.t, designer.id);
    const body = { slug: SLUG, title: 'Short breaks', json, requiresApproval: false };
    const res = await server.t.request('/api/surveys', asToken(token, 'POST', body));
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds Easy read, translates a question and the notice, publishes, and a parent reads them', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${server.url}/designer/surveys/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInAs(page, designer);
    await page.getByRole('heading', { level: 1, name: 'Short breaks' }).waitFor();

    await page.getByRole('tab', { name: 'Languages' }).click();
    await page.getByText('This questionnaire is in English only.').waitFor();
    await expectNoSeriousViolations(page, 'the Languages tab with English only');
    await page.getByLabel('Add a language').selectOption({ label: 'Easy read English' });
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('heading', { name: 'Wording in Easy read English' }).waitFor();

    const question = page.getByRole('group', { name: 'Question "used"' });
    await question.getByLabel('Question title in Easy read English').fill(EASY_TITLE);
    await page.getByLabel('Privacy notice in Easy read English').fill(EASY_NOTICE);
    await page.locator('.preview-frame').getByText(EASY_TITLE).waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize(DESKTOP.viewport);
    await expectNoSeriousViolations(page, 'the Languages tab with Easy read');

    // Removing a language asks first, with the focus on the answer.
    await page.getByLabel('Add a language').selectOption({ label: 'Welsh – Cymraeg' });
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('heading', { name: 'Wording in Welsh (Cymraeg)' }).waitFor();
    const remove = page.getByRole('button', { name: 'Remove Welsh' });
    await remove.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => remove.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const yes = page.getByRole('button', { name: 'Yes, remove it' });
    await expect.poll(() => yes.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoSeriousViolations(page, 'confirming the removal of a language');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Wording in Easy read English' }).waitFor();
    expect(await page.getByRole('button', { name: 'Remove Welsh' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. All changes are saved.').waitFor();
    // The question names and answer values stay as they were; only the wording gained a locale.
    const res = await server.t.request(
      `/api/surveys/${SLUG}/design`,
      asToken(await tokenFor(server.t, designer.id), 'GET'),
    );
    const design = (await res.json()) as {
      draft: { json: typeof json; settings: { localeTexts: unknown } };
    };
    expect(design.draft.json.pages[0]?.elements).toEqual([
      { ...json.pages[0]?.elements[0], title: { default: TITLE, 'en-easy': EASY_TITLE } },
      json.pages[0]?.elements[1],
    ]);
    expect(design.draft.settings.localeTexts).toEqual({
      'en-easy': { privacyNotice: EASY_NOTICE },
    });
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/^Published as version 1/).waitFor();
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await context.close();

    const parentContext = await browser.newContext(PHONE);
    const parent = await parentContext.newPage();
    const parentProblems = watchForPageProblems(parent);
    await parent.goto(`${server.url}/s/${SLUG}`);
    await parent.getByRole('heading', { level: 1, name: 'Short breaks' }).waitFor();
    await parent.getByLabel('Language').selectOption({ label: 'Easy read English' });
    await parent.getByRole('button', { name: 'Change language' }).click();
    await parent.getByText(EASY_NOTICE).waitFor();
    await expectNoSeriousViolations(parent, 'the parent notice in Easy read');
    await parent.getByRole('button', { name: 'Start' }).click();
    await parent.getByText(EASY_TITLE).waitFor();
    expect(await parent.getByText(TITLE).count()).toBe(0);
    await parent.getByRole('radio', { name: 'Yes' }).waitFor({ state: 'attached' });
    await expectNoSeriousViolations(parent, 'the parent questions in Easy read');
    expect(parentProblems).toEqual([]);
    await parentContext.close();
  }, 120_000);
});
