// The form editor never loses or corrupts the team's work: an older SurveyJS file that lists
// "questions" opens whole, rewording an option carries its new value into conditions and
// settings (and a published one stays fixed), deleting a page asks first and takes its settings
// with it, and a check leads straight to the question it is about.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDesign } from '../../server/designer-contracts.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, startDesignerWorld } from './support/designer-world.ts';

const TRAVEL = 'How does your child get to school?';
const travel = {
  type: 'radiogroup',
  name: 'travel',
  title: TRAVEL,
  choices: [
    { value: 'bus', text: 'Bus' },
    { value: 'car', text: 'Car' },
  ],
};
const why = {
  type: 'comment',
  name: 'why',
  title: 'Why does your child go by car?',
  visibleIf: "{travel} = 'car'",
};

const titles = (page: Page) => page.locator('.question-card__title').allTextContents();

describe.skipIf(!hasChromium)('safe edits in the form editor', () => {
  let w: DesignerWorld;
  beforeAll(async () => {
    w = await startDesignerWorld();
  });
  afterAll(async () => w?.close());

  const create = (slug: string, json: unknown, settings?: unknown) =>
    w.api('POST', '/api/surveys', { slug, title: `Survey ${slug}`, json, settings });
  const draftOf = async (slug: string) =>
    (await w.api<SurveyDesign>('GET', `/api/surveys/${slug}/design`)).draft;
  async function save(page: Page) {
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. All changes are saved.').waitFor();
  }
  const editCard = async (page: Page, number: number) => {
    await page.getByRole('button', { name: new RegExp(`^Edit\\W+question ${number}$`) }).click();
    return page.locator('.question-card--open');
  };

  it('opens a file that lists "questions" with every question, and adding one keeps them', async () => {
    const slug = 'legacy-questions';
    await create(slug, {
      questions: [
        {
          type: 'radiogroup',
          name: 'have_kids',
          title: 'Do you have children?',
          choices: ['Yes', 'No'],
        },
        {
          type: 'comment',
          name: 'kids_story',
          title: 'Tell us about them',
          visibleIf: "{have_kids} = 'Yes'",
        },
      ],
    });
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    await page.getByRole('heading', { level: 1, name: `Survey ${slug}` }).waitFor();
    await expect
      .poll(() => titles(page))
      .toEqual(['1. Do you have children?', '2. Tell us about them']);
    expect(await page.getByText('No questions on this page yet.').count()).toBe(0);

    await page.getByRole('button', { name: /^Add question/ }).click();
    await page
      .locator('.question-card--open')
      .getByLabel('Question wording')
      .fill('Anything else?');
    await save(page);
    const json = (await draftOf(slug))?.json as { pages: { elements: { name: string }[] }[] };
    expect(json.pages[0]?.elements.map((e) => e.name)).toEqual([
      'have_kids',
      'kids_story',
      'anything_else',
    ]);
    expect(JSON.stringify(json)).not.toContain('"questions"');
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('carries a reworded option into conditions and agreement, and keeps a published one fixed', async () => {
    const slug = 'option-values';
    await create(
      slug,
      { pages: [{ name: 'p1', elements: [travel, why] }] },
      {
        themedQuestions: ['why'],
        positiveOptions: { travel: ['car'] },
      },
    );
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    let card = await editCard(page, 1);
    await card.getByLabel('Option 2: wording').fill('Car or taxi');
    expect(await card.getByLabel('Option 2: value stored').inputValue()).toBe('car_or_taxi');
    // Question 2's condition follows: it still shows when the answer is "Car or taxi".
    const answer = (await editCard(page, 2)).getByLabel('Answer', { exact: true });
    expect(await answer.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)).toBe(
      'Car or taxi',
    );
    await save(page);
    const saved = await draftOf(slug);
    const json = saved?.json as { pages: { elements: Record<string, unknown>[] }[] } | undefined;
    const elements = json?.pages[0]?.elements;
    expect(elements?.[1]?.visibleIf).toBe("{travel} = 'car_or_taxi'");
    expect(saved?.settings.positiveOptions).toEqual({ travel: ['car_or_taxi'] });

    // Once parents can answer, the value is what their answers are stored under.
    await w.api('POST', `/api/surveys/${slug}/publish`);
    await page.reload();
    card = await editCard(page, 1);
    const value = card.getByLabel('Option 2: value stored');
    expect(await value.getAttribute('readonly')).not.toBeNull();
    await card
      .getByText(/^Fixed because answers were already given with this value/)
      .first()
      .waitFor();
    await card.getByLabel('Option 2: wording').fill('By car or taxi');
    expect(await value.inputValue()).toBe('car_or_taxi');
    expect(await card.getByLabel('Name in the data').getAttribute('readonly')).not.toBeNull();
    await expectNoSeriousViolations(page, 'an option fixed by publishing');
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('asks before deleting a page with questions, then saves without its settings', async () => {
    const slug = 'page-delete';
    const extra = { type: 'comment', name: 'extra', title: 'Anything else?' };
    await create(
      slug,
      {
        pages: [
          { name: 'p1', elements: [travel] },
          { name: 'p2', title: 'More', elements: [extra] },
        ],
      },
      { themedQuestions: ['extra'] },
    );
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    const remove = page.getByRole('button', { name: 'Delete page 2' });
    await remove.click();
    const ask = page.getByRole('group', { name: 'Delete page 2?' });
    await ask.getByText(/and the question on it\? Their settings/).waitFor();
    await expectNoSeriousViolations(page, 'deleting a page asks first');
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    expect(await remove.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await titles(page)).toHaveLength(2);

    await remove.click();
    await ask.getByRole('button', { name: 'Yes, delete the page' }).click();
    await expect.poll(() => titles(page)).toEqual([`1. ${TRAVEL}`]);
    await page.waitForFunction(() => document.activeElement?.id === 'page-0-heading');
    await save(page);
    expect((await draftOf(slug))?.settings.themedQuestions).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('saves a draft whose themed question was removed in the JSON view', async () => {
    const slug = 'json-removal';
    await create(
      slug,
      { pages: [{ name: 'p1', elements: [travel, why] }] },
      {
        themedQuestions: ['why'],
        quoteConsentQuestion: 'travel',
      },
    );
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    await page.getByRole('tab', { name: 'Advanced: JSON' }).click();
    const withoutWhy = { pages: [{ name: 'p1', elements: [travel] }] };
    await page.getByLabel('SurveyJS definition (JSON)').fill(JSON.stringify(withoutWhy, null, 2));
    await save(page);
    const saved = await draftOf(slug);
    expect(saved?.settings).toMatchObject({ themedQuestions: [], quoteConsentQuestion: 'travel' });
    expect(saved?.json).toEqual(withoutWhy);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('leads from a check to its question, and a decision about themes silences it', async () => {
    const slug = 'check-links';
    const story = { type: 'comment', name: 'story', title: 'Tell us your story' };
    await create(slug, { pages: [{ name: 'p1', elements: [travel, story] }] });
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    const group = page.locator('.check-group', {
      has: page.getByRole('heading', { name: /^Answers and reports/ }),
    });
    await group.getByText(/This free-text question will not be themed/).waitFor();
    await expectNoSeriousViolations(page, 'the checks with links to questions');
    await group.getByRole('button', { name: 'Go to the question: Tell us your story' }).click();

    expect(await page.getByRole('tab', { name: 'Questions' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const wording = page.locator('.question-card--open').getByLabel('Question wording');
    await expect.poll(() => wording.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await wording.inputValue()).toBe('Tell us your story');

    await page
      .locator('.question-card--open')
      .getByLabel(/^Not for themes/)
      .check();
    await save(page);
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    await page.getByText('No problems stop this draft from being published.').waitFor();
    expect(await page.getByRole('heading', { name: /^Answers and reports/ }).count()).toBe(0);
    expect((await draftOf(slug))?.settings.unthemedQuestions).toEqual(['story']);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});
