// A designer from the parent carer forum builds a three-question survey with a condition in the
// browser, previews it on a phone, saves it, gets it approved by an officer and by themself as
// the forum member, publishes it, and a parent answers it. The pages pass axe, fit 320 px, and the
// parent's page loads none of the designer's code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listResponses } from '../../db/responses-repository.ts';
import { addUser } from '../support/accounts.ts';
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

const TITLE = 'Short breaks check';
const SLUG = 'short-breaks-check';
const Q1 = 'Does your child get short breaks?';
const Q2 = 'What works well for your family?';
const Q3 = 'Which short break service do you use?';

/** Adds a question of a kind and words it; the new question opens ready for editing. */
async function addQuestion(page: Page, kind: string, wording: string) {
  await page.getByLabel('Kind of question').first().selectOption({ label: kind });
  await page
    .getByRole('button', { name: /^Add question/ })
    .first()
    .click();
  const card = page.locator('.question-card--open');
  const field = card.getByLabel('Question wording');
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  await field.fill(wording);
  return card;
}

describe.skipIf(!hasChromium)('the designer', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let designer: Awaited<ReturnType<typeof addUser>>;
  let officer: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    designer = await addUser(server.t, 'designer', { forumMember: true });
    officer = await addUser(server.t, 'officer');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds, previews, saves, gets approval for and publishes a survey a parent then answers', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);

    await page.goto(`${server.url}/designer`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectNoSeriousViolations(page, 'the designer sign-in page');
    await signInAs(page, designer);
    await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectNoSeriousViolations(page, 'the designer home page');

    await page.getByRole('link', { name: 'Create a questionnaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create a questionnaire' }).waitFor();
    await page.getByLabel('Title').fill(TITLE);
    expect(await page.getByLabel('Web address').inputValue()).toBe(SLUG);
    expect(await page.getByLabel('A blank questionnaire').isChecked()).toBe(true);
    await page.getByLabel('SurveyJS JSON', { exact: false }).check();
    await page.getByLabel('Or paste the JSON').waitFor();
    await expectNoSeriousViolations(page, 'the new questionnaire page');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoSeriousViolations(page, 'the new questionnaire page at 320 px');
    await page.setViewportSize(DESKTOP.viewport);
    await page.getByLabel('A blank questionnaire').check();
    await page.getByRole('button', { name: 'Create questionnaire' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(page.url()).toBe(`${server.url}/designer/surveys/${SLUG}`);
    if ((await page.getByRole('button', { name: /^Add question/ }).count()) === 0) {
      await page.getByRole('button', { name: 'Add a page' }).click();
    }

    await addQuestion(page, 'Yes or no', Q1);
    const second = await addQuestion(page, 'Long text', Q2);
    await second.getByLabel('Find themes in the answers', { exact: false }).check();
    const third = await addQuestion(page, 'Short text', Q3);
    await third.getByRole('button', { name: 'Show this question only if…' }).click();
    await third.getByLabel('The answer to').selectOption({ label: Q1 });
    await third.getByLabel('Comparison').selectOption({ label: 'is' });
    await third.getByLabel('Answer', { exact: true }).selectOption({ label: 'Yes' });
    await page.getByText('You have unsaved changes.').waitFor();

    // Moving with the keyboard: the moved question keeps focus on its button.
    const moveUp = third.getByRole('button', { name: /^Move up/ });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Move up: question 2/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const titles = page.locator('.question-card__title');
    await expect.poll(() => titles.allTextContents()).toEqual([`1. ${Q1}`, `2. ${Q2}`, `3. ${Q3}`]);

    // The preview is the parent's page in a frame, so its own phone layout applies.
    const phoneFrame = page.getByTestId('preview-phone');
    const phone = phoneFrame.contentFrame();
    await phone.getByText(Q1).waitFor();
    expect(await phoneFrame.evaluate((el) => el.clientWidth)).toBeLessThanOrEqual(375);
    // The preview follows the form a moment after each change: question 3 waits for a "yes".
    await expect.poll(() => phone.getByText(Q3).count()).toBe(0);
    await phone.getByText('Yes', { exact: true }).click();
    await phone.getByText(Q3).waitFor();
    await expectNoSeriousViolations(page, 'the form editor with its preview');

    await page.getByRole('radio', { name: 'Before you start' }).check();
    await phone.getByRole('button', { name: 'Start' }).click();
    await phone.getByText(Q1).waitFor();
    await page.getByRole('radio', { name: 'Desktop' }).check();
    await page.getByTestId('preview-desktop').contentFrame().getByText(Q1).waitFor();

    await page.getByRole('tab', { name: 'Advanced: JSON' }).click();
    const definition = page.getByLabel('SurveyJS definition (JSON)');
    const json = JSON.parse(await definition.inputValue());
    const q3 = json.pages[0].elements[2];
    expect(q3.visibleIf).toBe('{does_your_child_get_short_breaks} = true');
    await expectNoSeriousViolations(page, 'the JSON view');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. All changes are saved.').waitFor();

    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('tab', { name: 'Questions' }).click();
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize(DESKTOP.viewport);

    // The officer approves from their own browser.
    const officerContext = await browser.newContext(DESKTOP);
    const officerPage = await officerContext.newPage();
    await officerPage.goto(`${server.url}/designer/surveys/${SLUG}`);
    await signInAs(officerPage, officer);
    await officerPage.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await officerPage.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await officerPage.getByRole('tab', { name: 'Checks and publishing' }).click();
    await officerPage.getByRole('button', { name: 'Approve this draft' }).click();
    await officerPage.getByText(`Approved by ${officer.email}`, { exact: false }).waitFor();
    await officerContext.close();

    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    await page.getByText(`Approved by ${officer.email}`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Approve this draft' }).click();
    await page.getByText(`Approved by ${designer.email}`, { exact: false }).waitFor();
    await expectNoSeriousViolations(page, 'the publishing tab');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/^Published as version 1/).waitFor();
    // Once published, question names are fixed, and the designer is told why.
    await page.getByRole('tab', { name: 'Questions' }).click();
    await page.getByRole('button', { name: /^Edit\W+question 1$/ }).click();
    const name = page.getByLabel('Name in the data');
    await expect.poll(() => name.getAttribute('readonly')).toBe('');
    await page
      .getByText('This name is fixed because the questionnaire has been published')
      .waitFor();
    expect(await page.getByRole('button', { name: /^Delete\W+question 1$/ }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Share' }).click();
    await expectNoSeriousViolations(page, 'the share tab');
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await context.close();

    // A parent on a phone: question 3 only once they say yes.
    const parentContext = await browser.newContext(PHONE);
    const parent = await parentContext.newPage();
    const parentProblems = watchForPageProblems(parent);
    const scripts: Promise<string>[] = [];
    parent.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    await parent.goto(`${server.url}/s/${SLUG}`);
    await parent.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await parent.getByRole('button', { name: 'Start' }).click();
    await parent.getByText(Q1).waitFor();
    expect(await parent.getByText(Q3).count()).toBe(0);
    await parent.getByText('Yes', { exact: true }).click();
    await parent.getByRole('textbox', { name: Q3 }).fill('The Saturday club');
    await parent.getByRole('textbox', { name: Q2 }).fill('The staff know my son well.');
    await parent.getByRole('button', { name: /Send my answers|Complete/ }).click();
    await parent.getByRole('heading', { level: 1, name: /sent/ }).waitFor();
    // Words only the designer's code contains never reach the parent's phone.
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    expect(
      loaded.filter((code) => /Show this question only if|Name in the data/.test(code)),
    ).toEqual([]);
    expect(parentProblems).toEqual([]);
    await parentContext.close();

    const stored = await listResponses(server.db, SLUG);
    expect(stored.map((r) => r.answers)).toEqual([
      {
        does_your_child_get_short_breaks: true,
        what_works_well_for_your_family: 'The staff know my son well.',
        which_short_break_service_do_you_use: 'The Saturday club',
      },
    ]);
  }, 240_000);
});
