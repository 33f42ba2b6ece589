// A designer adds Easy read to a questionnaire in the Languages tab, rewords a question and the
// privacy notice, saves and publishes; a parent then picks Easy read and sees that wording. The
// answers keep the same question names. Every screen passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import { DESKTOP, hasChromium, PHONE, watchForPageProblems } from './support/browser.ts';
import { type DesignerWorld, openEditor, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'breaks-easy';
const TITLE = 'Has your child used a short break service this year?';
const EASY_TITLE = 'Did your child go to a short break this year?';
const EASY_NOTICE = 'We will not ask your name. Nobody will know it was you.';

const WELSH_SLUG = 'breaks-welsh';
const welshJson = {
  pages: [
    {
      name: 'one',
      elements: [
        { type: 'html', name: 'intro', html: '<p>Thank you for helping.</p>' },
        {
          type: 'boolean',
          name: 'used',
          title: 'Has your child used a short break?',
          renderAs: 'radio',
          labelTrue: 'Yes',
          labelFalse: 'No',
        },
        {
          type: 'rating',
          name: 'score',
          title: 'How good was it?',
          minRateDescription: 'Very poor',
          maxRateDescription: 'Very good',
        },
        {
          type: 'checkbox',
          name: 'kinds',
          title: 'Which kinds?',
          choices: [{ value: 'club', text: 'Club' }],
          showOtherItem: true,
        },
      ],
    },
  ],
};

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
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld([
      { slug: SLUG, title: 'Short breaks', json, requiresApproval: false },
      { slug: WELSH_SLUG, title: 'Short breaks', json: welshJson, requiresApproval: false },
    ]);
  });
  afterAll(async () => world?.close());

  it('adds Easy read, translates a question and the notice, publishes, and a parent reads them', async () => {
    const { page, problems } = await openEditor(world, SLUG);
    const { server, browser } = world;
    await page.getByRole('tab', { name: 'Languages' }).click();
    await page.getByText('This questionnaire is in English only.').waitFor();
    await expectNoSeriousViolations(page, 'the Languages tab with English only');
    await page.getByLabel('Add a language').selectOption({ label: 'Easy read English' });
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('heading', { name: 'Wording in Easy read English' }).waitFor();

    const question = page.getByRole('group', { name: 'Question "used"' });
    await question.getByLabel('Question title in Easy read English').fill(EASY_TITLE);
    await page.getByLabel('Privacy notice in Easy read English').fill(EASY_NOTICE);
    await page.getByTestId('preview-phone').contentFrame().getByText(EASY_TITLE).waitFor();
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
    const design = await world.api<{
      draft: { json: typeof json; settings: { localeTexts: unknown } };
    }>('GET', `/api/surveys/${SLUG}/design`);
    expect(design.draft.json.pages[0]?.elements).toEqual([
      { ...json.pages[0]?.elements[0], title: { default: TITLE, 'en-easy': EASY_TITLE } },
      json.pages[0]?.elements[1],
    ]);
    expect(design.draft.settings.localeTexts).toEqual({
      'en-easy': { privacyNotice: EASY_NOTICE },
    });
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    // The questions' Easy read is partial (the answers and buttons are not reworded).
    await page.getByLabel('Publish Easy read (en-easy) although it is incomplete').check();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/^Published as version 1/).waitFor();
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await page.context().close();

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

  it('shows what is still to translate and translates everything a parent reads', async () => {
    const { page, problems } = await openEditor(world, WELSH_SLUG);
    const { server, browser } = world;
    await page.getByRole('tab', { name: 'Languages' }).click();
    await page.getByLabel('Add a language').selectOption({ label: 'Welsh – Cymraeg' });
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('heading', { name: 'Wording in Welsh (Cymraeg)' }).waitFor();
    const summary = page.locator('.translations__summary');
    const toDo = async () =>
      Number((await summary.textContent())?.match(/(\d+) pieces? of wording/)?.[1] ?? 0);
    const before = await toDo();
    expect(before).toBeGreaterThan(6);

    // A text block is translated as its text, not as a question title made of its name.
    const block = page.getByRole('group', { name: 'Text block "intro"' });
    expect(await block.getByLabel(/Question title/).count()).toBe(0);
    await block.getByLabel('Text block (HTML) in Welsh').fill('<p>Diolch am helpu.</p>');
    await page.getByLabel('Title in Welsh', { exact: true }).fill('Seibiannau byr');
    const used = page.getByRole('group', { name: 'Question "used"' });
    await used.getByLabel('Wording of "yes" in Welsh').fill('Ydy');
    await used.getByLabel('Wording of "no" in Welsh').fill('Nac ydy');
    const score = page.getByRole('group', { name: 'Question "score"' });
    await score.getByLabel('Words for the lowest score in Welsh').fill('Gwael iawn');
    await score.getByLabel('Words for the highest score in Welsh').fill('Da iawn');
    await page
      .getByRole('group', { name: 'Question "kinds"' })
      .getByLabel('"Other" option in Welsh')
      .fill('Rhywbeth arall');
    await expect.poll(toDo).toBe(before - 7);

    await page.getByRole('button', { name: 'Go to the first in the questions' }).click();
    const focusedLabel = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.labels?.[0]?.textContent ?? '';
      });
    await expect.poll(focusedLabel).toBe('Question title in Welsh');
    await page.getByRole('button', { name: 'Go to the first in buttons and messages' }).click();
    await expect.poll(focusedLabel).toMatch(/^Message in Welsh/);
    await expectNoSeriousViolations(page, 'the Languages tab with a count of what is left');

    await page.getByLabel('Show only wording not yet in Welsh').check();
    await expect.poll(() => page.getByLabel('Title in Welsh', { exact: true }).count()).toBe(0);
    const send = page.getByLabel('Message in Welsh: Complete', { exact: true });
    await send.fill('Anfon');
    // A box being filled in stays until the filter is turned off and on again.
    expect(await send.count()).toBe(1);
    await page.getByLabel('Show only wording not yet in Welsh').uncheck();
    await page.getByLabel('Title in Welsh', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. All changes are saved.').waitFor();
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    // Half a language is named with its count and what parents would read in English.
    await page.getByText(/^Welsh \(cy\): \d+ of \d+ strings have no translation/).waitFor();
    // survey-core has its own Welsh for the buttons and errors, which parents get where the
    // survey words none, so no Welsh button or message is named as English.
    expect(await page.getByText(/^Welsh \(cy\): parents would read/).count()).toBe(0);
    await expectNoSeriousViolations(page, 'the checks of a half-translated language');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByText('Some languages are not fully translated', { exact: false })
      .first()
      .waitFor();
    expect((await world.server.t.request(`/api/surveys/${WELSH_SLUG}`)).status).toBe(404);
    await page.getByLabel('Publish Welsh (cy) although it is incomplete').check();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/^Published as version 1/).waitFor();
    expect(problems.filter((p) => !/status of 401|status of 409/.test(p))).toEqual([]);
    await page.context().close();

    // Wide enough for the rating scale to show its words beside the numbers.
    const parentContext = await browser.newContext({ ...DESKTOP, locale: 'cy-GB' });
    const parent = await parentContext.newPage();
    const parentProblems = watchForPageProblems(parent);
    await parent.goto(`${server.url}/s/${WELSH_SLUG}`);
    await parent.getByRole('heading', { level: 1, name: 'Seibiannau byr' }).waitFor();
    // survey-core's own Welsh for "Start", since the survey words none.
    await parent.getByRole('button', { name: 'Dechrau' }).click();
    await parent.getByText('Diolch am helpu.').waitFor();
    await parent.getByRole('radio', { name: 'Nac ydy' }).waitFor({ state: 'attached' });
    for (const words of ['Gwael iawn', 'Da iawn', 'Rhywbeth arall']) {
      await parent.getByText(words).first().waitFor();
    }
    await parent.getByRole('button', { name: 'Anfon' }).waitFor();
    await expectNoSeriousViolations(parent, 'the questions in Welsh');
    expect(parentProblems).toEqual([]);
    await parentContext.close();
  }, 120_000);
});
