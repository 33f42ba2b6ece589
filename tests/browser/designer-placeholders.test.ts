// A questionnaire built from blank gets the shipped questionnaires' page wording and progress bar,
// and the checks list every piece of starting wording and every help entry parents cannot contact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/axe.ts';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, startDesignerWorld } from './support/designer-world.ts';

const TITLE = 'Short breaks survey';
const SLUG = 'short-breaks-survey';

describe.skipIf(!hasChromium)('placeholders in a designer-built questionnaire', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld();
  });
  afterAll(async () => world?.close());

  it('starts like the shipped surveys and lists what is still placeholder wording', async () => {
    const { page, problems, close } = await world.open('/designer/new');
    await page.getByRole('heading', { level: 1, name: 'Create a questionnaire' }).waitFor();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('A blank questionnaire').check();
    await page.getByRole('button', { name: 'Create questionnaire' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Add a page' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. All changes are saved.').waitFor();

    const design = await world.api<{ draft: { json: Record<string, unknown> } }>(
      'GET',
      `/api/surveys/${SLUG}/design`,
    );
    expect(design.draft.json).toMatchObject({
      showProgressBar: true,
      progressBarType: 'pages',
      pagePrevText: 'Back',
      completeText: 'Send my answers',
    });

    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    const group = page.locator('.check-group--warning', {
      has: page.getByRole('heading', { name: /^Wording still to replace/ }),
    });
    await group.getByText(/^Page 2 is titled "New page"/).waitFor();
    await group
      .getByText(/The help entry "SEND information, advice and support service" has no phone/)
      .waitFor();
    // The blank questionnaire's buttons and progress bar are the shipped ones, so not listed.
    expect(await group.getByText(/standard "Complete" button|progress bar/).count()).toBe(0);
    await expectNoSeriousViolations(page, 'the checks listing placeholders');
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await close();
  });
});
