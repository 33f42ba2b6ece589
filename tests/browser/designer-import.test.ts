// Importing SurveyJS JSON in the designer: problems listed before anything is created, warnings
// kept with the draft, the JSON exported unchanged, edits in the JSON view reaching the form, and
// a draft someone else saved meanwhile never overwritten. Checked with axe, also at 320 px.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import { DESKTOP, hasChromium, launchChromium } from './support/browser.ts';
import { signInAs } from './support/officer.ts';

const SLUG = 'school-travel';
const IMPORTED = {
  showQuestionNumbers: 'off',
  pages: [
    {
      name: 'travel',
      elements: [
        {
          type: 'radiogroup',
          name: 'how_travel',
          title: 'How does your child get to school?',
          choices: [
            { value: 'taxi', text: 'Taxi' },
            { value: 'bus', text: 'Bus' },
          ],
          showOtherItem: true,
          sparkle: 'unknown to SurveyJS',
        },
        { type: 'comment', name: 'journey', title: 'Tell us about the journey' },
      ],
    },
  ],
};

async function openNewSurveyPage(
  page: Page,
  url: string,
  person: { email: string; password: string },
) {
  await page.goto(`${url}/designer/new`);
  await signInAs(page, person);
  await page.getByRole('heading', { level: 1, name: 'Create a questionnaire' }).waitFor();
}

describe.skipIf(!hasChromium)('importing into the designer', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let designer: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    designer = await addUser(server.t, 'designer');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists import problems, keeps warnings, exports the JSON and refuses a stale save', async () => {
    const context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await openNewSurveyPage(page, server.url, designer);
    await page.getByLabel('Title').fill('School travel');
    await page.getByLabel('SurveyJS JSON', { exact: false }).check();

    await page.getByLabel('Or paste the JSON').fill('{ "pages": [ ');
    await page.getByRole('button', { name: 'Create questionnaire' }).click();
    await page
      .getByRole('alert')
      .getByText('The JSON could not be read.', { exact: false })
      .waitFor();

    const duplicate = {
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'text', name: 'same', title: 'One' },
            { type: 'text', name: 'same', title: 'Two' },
            { type: 'mystery', name: 'what', title: 'Three' },
          ],
        },
      ],
    };
    await page.getByLabel('Or paste the JSON').fill(JSON.stringify(duplicate));
    await page.getByRole('button', { name: 'Create questionnaire' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('there are 2 problems', { exact: false }).waitFor();
    expect(await alert.getByRole('listitem').count()).toBe(2);
    await expectNoSeriousViolations(page, 'the import problems');
    expect(
      await page.evaluate(() => fetch('/api/surveys/school-travel/design').then((r) => r.status)),
    ).toBe(404);

    await page.getByLabel('Or paste the JSON').fill(JSON.stringify(IMPORTED));
    await page.getByRole('button', { name: 'Create questionnaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'School travel' }).waitFor();
    await page.getByText(/SurveyJS warnings from the last save \(1\)/).waitFor();
    await page.getByText('How does your child get to school?').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.json`);
    const path = await download.path();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(IMPORTED);

    // An edit in the JSON view shows in the form editor.
    await page.getByRole('tab', { name: 'Advanced: JSON' }).click();
    const definition = page.getByLabel('SurveyJS definition (JSON)');
    await page.locator('.json-view').getByRole('listitem').filter({ hasText: 'sparkle' }).waitFor();
    await definition.fill('{ "pages": ');
    await page.getByText('This is not valid JSON yet', { exact: false }).waitFor();
    const edited = structuredClone(IMPORTED);
    edited.pages[0]?.elements.push({
      type: 'text',
      name: 'school',
      title: 'Which school?',
    } as never);
    await definition.fill(JSON.stringify(edited, null, 2));
    await expectNoSeriousViolations(page, 'the JSON view');
    await page.getByRole('tab', { name: 'Questions' }).click();
    await page.getByText('3. Which school?').waitFor();
    await page.getByText('You have unsaved changes.').waitFor();

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: /^Edit\W+question 1$/ }).click();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoSeriousViolations(page, 'the form editor at 320 px');
    await page.setViewportSize(DESKTOP.viewport);

    // Meanwhile a colleague saves the same draft from their own browser.
    const other = await (await browser.newContext(DESKTOP)).newPage();
    await other.goto(`${server.url}/designer/surveys/${SLUG}`);
    await signInAs(other, designer);
    await other.getByRole('tab', { name: 'Settings and wording' }).click();
    await other.getByRole('button', { name: 'Add a help contact' }).click();
    await other.getByLabel('Contact 1: Website (optional)').fill('not a web address');
    await other.getByText('Enter a full web address, starting with https://').waitFor();
    await other.getByLabel('Contact 1: Website (optional)').fill('https://www.example.org/iask');
    await expectNoSeriousViolations(other, 'the settings tab');
    await other.getByLabel('Title').fill('School travel (colleague)');
    await other.getByRole('button', { name: 'Save draft' }).click();
    await other.getByText('Draft saved. All changes are saved.').waitFor();
    await other.context().close();

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').getByText('Someone else saved this draft').waitFor();
    await page.getByText('You have unsaved changes.').waitFor();
    await context.close();
  }, 180_000);
});
