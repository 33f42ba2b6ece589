// The designer's tabs and preview, and a questionnaire built in it, pass axe with no violation of
// any impact (heading-order and landmark-unique included) at 1024 and 1280 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations } from './support/axe.ts';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, openEditor, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'strict-axe';
const json = {
  showProgressBar: true,
  progressBarLocation: 'top',
  progressBarType: 'pages',
  pages: [
    {
      name: 'about',
      title: 'About you',
      elements: [
        {
          type: 'radiogroup',
          name: 'who',
          title: 'Who is answering?',
          choices: [
            { value: 'parent', text: 'A parent' },
            { value: 'carer', text: 'A carer' },
          ],
        },
        { type: 'comment', name: 'views', title: 'What would you like to tell us?' },
      ],
    },
  ],
};
const TABS = [
  'Questions',
  'Settings and wording',
  'Languages',
  'Advanced: JSON',
  'Checks and publishing',
  'Share',
];

describe.skipIf(!hasChromium)('strict axe on the designer', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld([
      { slug: SLUG, title: 'Strict axe', json, requiresApproval: false },
    ]);
  });
  afterAll(async () => world?.close());

  for (const width of [1024, 1280]) {
    it(`finds nothing on any tab at ${width} px`, async () => {
      const { page, close } = await openEditor(world, SLUG);
      await page.setViewportSize({ width, height: 900 });
      for (const tab of TABS) {
        const button = page.getByRole('tab', { name: tab });
        await button.click();
        await expect.poll(() => button.getAttribute('aria-selected')).toBe('true');
        if (tab === 'Questions') {
          // An open question card, with its condition editor, has headings of its own.
          await page.getByRole('button', { name: /^Edit/ }).last().click();
          await page.getByRole('button', { name: 'Show this question only if…' }).click();
          await page.getByLabel('The answer to').waitFor();
        }
        if (tab === 'Checks and publishing')
          await page.getByRole('heading', { name: 'Checks before publishing' }).waitFor();
        await expectNoViolations(page, `the ${tab} tab at ${width} px`);
      }
      await close();
    }, 120_000);
  }

  it('finds nothing in the preview or on the questionnaire a parent answers', async () => {
    const { page, close } = await openEditor(world, SLUG);
    const frame = page.getByTestId('preview-phone').contentFrame();
    await frame.getByText('Who is answering?').waitFor();
    const handle = await page.getByTestId('preview-phone').elementHandle();
    const preview = await handle?.contentFrame();
    if (preview) await expectNoViolations(page, 'the designer with its preview');
    await world.api('POST', `/api/surveys/${SLUG}/publish`, {});
    await page.goto(`${world.server.url}/s/${SLUG}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Who is answering?').waitFor();
    await expectNoViolations(page, 'the designer-built questionnaire');
    await close();
  }, 120_000);
});
