// Ticking "asks if we may quote" on a new single-choice question sets it up so that reports can
// read a yes: the answer allowing quotes stores "yes", the checks pass and the draft publishes
// without anyone retyping a stored value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, openEditor, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'quote-consent';
const QUESTION = 'May we quote your words in our reports?';
// As the designer makes a new single-choice question, before anyone edits its options.
const json = {
  pages: [
    {
      name: 'last',
      title: 'Before you send',
      elements: [
        { type: 'comment', name: 'views', title: 'What would you like to tell us?' },
        {
          type: 'radiogroup',
          name: 'may_quote',
          title: QUESTION,
          choices: [
            { value: 'option_1', text: 'Option 1' },
            { value: 'option_2', text: 'Option 2' },
          ],
        },
        {
          type: 'comment',
          name: 'why_not',
          title: 'Why not?',
          visibleIf: "{may_quote} = 'option_2'",
        },
      ],
    },
  ],
};
const settings = { themedQuestions: [], unthemedQuestions: ['views', 'why_not'] };

describe.skipIf(!hasChromium)('the quote-consent question', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld([
      { slug: SLUG, title: 'Quotes', json, settings, requiresApproval: false },
    ]);
  });
  afterAll(async () => world?.close());

  it('stores yes once ticked, so the checks pass and the draft publishes', async () => {
    const { page, problems, close } = await openEditor(world, SLUG);
    const card = page.locator('.question-card', { hasText: QUESTION });
    await card.getByRole('button', { name: /^Edit/ }).click();
    await card.getByLabel('This question asks if we may quote', { exact: false }).check();
    await expect
      .poll(() => card.getByRole('textbox', { name: 'Option 1: value stored' }).inputValue())
      .toBe('yes');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. All changes are saved.').waitFor();

    const design = await world.api<{
      draft: { json: typeof json; settings: Record<string, unknown> };
    }>('GET', `/api/surveys/${SLUG}/design`);
    const [, quote, whyNot] = design.draft.json.pages[0]?.elements ?? [];
    expect(quote?.choices?.map((c) => c.value)).toEqual(['yes', 'no']);
    // The condition that named the old value follows it.
    expect(whyNot?.visibleIf).toBe("{may_quote} = 'no'");
    expect(design.draft.settings.quoteConsentQuestion).toBe('may_quote');
    const checks = await world.api<{ issues: { code: string; severity: string }[] }>(
      'GET',
      `/api/surveys/${SLUG}/checks`,
    );
    expect(checks.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await world.api('POST', `/api/surveys/${SLUG}/publish`, {});
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await close();
  });
});
