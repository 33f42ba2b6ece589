// The designer's preview words survey-core's buttons in a language as parents will get them:
// survey-core's own Welsh "Cwblhau" where the draft words none, not the English "Complete".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, openEditor, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'preview-welsh';
const json = {
  pages: [
    {
      name: 'p',
      elements: [{ type: 'comment', name: 'views', title: 'What would help your family?' }],
    },
  ],
};

describe.skipIf(!hasChromium)('the preview in another language', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld([
      { slug: SLUG, title: 'Help', json, requiresApproval: false },
    ]);
  });
  afterAll(async () => world?.close());

  it('shows survey-core’s own Welsh buttons where the draft words none', async () => {
    const { page, problems, close } = await openEditor(world, SLUG);
    await page.getByRole('tab', { name: 'Languages' }).click();
    await page.getByLabel('Add a language').selectOption({ value: 'cy' });
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('heading', { name: 'Wording in Welsh (Cymraeg)' }).waitFor();
    await page
      .getByRole('group', { name: 'Question "views"' })
      .getByLabel('Question title in Welsh')
      .fill('Beth fyddai’n helpu eich teulu?');
    const frame = page.getByTestId('preview-phone').contentFrame();
    await frame.getByText('Beth fyddai’n helpu eich teulu?').waitFor();
    await frame.getByRole('button', { name: 'Cwblhau' }).waitFor();
    expect(await frame.getByRole('button', { name: 'Complete' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
