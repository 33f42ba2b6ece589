// Where a parent is in the questionnaire, in words and as a bar that fits a small phone, and
// choosing "Other" with the keyboard.
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyFile } from '../support/sample-surveys.ts';
import { writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { scrollsSideways } from './support/axe.ts';
import { hasChromium, launchChromium, PHONE } from './support/browser.ts';
import {
  answerAboutYou,
  answerExperiences,
  next,
  PAGE_TITLES,
  SLUG,
  startQuestionnaire,
} from './support/parent-experience.ts';

const comment = (name: string, title: string) => ({ type: 'comment', name, title });

/** Four pages, and a fifth that a comment on the second one opens. */
const BRANCHING = surveyFile({
  slug: 'branching',
  title: 'Branching questionnaire',
  themedQuestions: [],
  json: {
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
            showOtherItem: true,
          },
        ],
      },
      { name: 'school', title: 'School', elements: [comment('school', 'Anything about school?')] },
      {
        name: 'more',
        title: 'Tell us more',
        visibleIf: '{school} notempty',
        elements: [comment('more', 'What else should we know?')],
      },
      { name: 'health', title: 'Health', elements: [comment('health', 'Anything about health?')] },
      { name: 'last', title: 'Last page', elements: [comment('last', 'Anything else?')] },
    ],
  },
});

const progressText = (page: Page) => page.locator('.page-progress__text').innerText();

/** Where each step of the bar sits, and which steps are marked done or current. */
const steps = (page: Page) =>
  page.locator('.page-progress__step').evaluateAll((elements) =>
    elements.map((el) => {
      const box = el.getBoundingClientRect();
      return { left: box.left, right: box.right, width: box.width, className: el.className };
    }),
  );

describe.skipIf(!hasChromium)('page progress', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let surveysDir: string;

  beforeAll(async () => {
    surveysDir = writeSurveysDir([BRANCHING]);
    [server, browser] = await Promise.all([startTestServer({ surveysDir }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (surveysDir) rmSync(surveysDir, { recursive: true, force: true });
  });

  for (const width of [320, 390]) {
    it(`says "Page 2 of 5" and fits every step of the bar at ${width} px`, async () => {
      const shipped = await startTestServer();
      const context = await browser.newContext({ ...PHONE, viewport: { width, height: 800 } });
      const page = await context.newPage();
      try {
        await page.goto(`${shipped.url}/s/${SLUG}`);
        await startQuestionnaire(page);
        // The last page asks to quote comments, so it counts once a comment is written.
        expect(await progressText(page)).toBe('Page 1 of 4');
        await answerAboutYou(page);
        await next(page, PAGE_TITLES[1]);
        await answerExperiences(page);
        expect(await progressText(page)).toBe('Page 2 of 5');
        // survey-core's own bar of page names, which cut off at 390 px, is gone.
        expect(await page.locator('.sd-progress-buttons').count()).toBe(0);

        const bar = await steps(page);
        expect(bar).toHaveLength(5);
        for (const step of bar) {
          expect(step.width).toBeGreaterThan(10);
          expect(step.left).toBeGreaterThanOrEqual(0);
          expect(step.right).toBeLessThanOrEqual(width);
        }
        // The first page is done; the one being answered is current, not ticked as done.
        expect(bar.map((s) => s.className.match(/--([\w-]+)$/)?.[1])).toEqual([
          'done',
          'current',
          'to-do',
          'to-do',
          'to-do',
        ]);
        expect(await scrollsSideways(page)).toBe(false);
      } finally {
        await context.close();
        await shipped.close();
      }
    });
  }

  it('counts only pages the answers show, and says so politely when the count changes', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${server.url}/s/branching`);
    await page.getByRole('button', { name: 'Start' }).click();
    const live = page.locator('.page-progress [aria-live="polite"]');
    expect(await progressText(page)).toBe('Page 1 of 4');
    expect(await live.innerText()).toBe('');

    await next(page, 'School');
    expect(await progressText(page)).toBe('Page 2 of 4');
    await page.getByRole('textbox', { name: 'Anything about school?' }).fill('Reduced timetable.');
    await page.locator('.page-progress__text', { hasText: 'Page 2 of 5' }).waitFor();
    await page.waitForFunction(() => document.title.startsWith('School (page 2 of 5)'));
    expect(await live.textContent()).toBe(
      'Your answers changed the number of pages. There are now 5.',
    );
    await next(page, 'Tell us more');
    expect(await progressText(page)).toBe('Page 3 of 5');
    await context.close();
  });

  it('lets a keyboard user arrow past "Other" without landing in its box, and says what to do', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${server.url}/s/branching`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'About you' }).waitFor();

    await page.getByRole('radio', { name: 'A parent' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const other = page.getByRole('radio', { name: /^Other/ });
    expect(await other.isChecked()).toBe(true);
    await page.getByRole('textbox').first().waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
      'radio',
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'A parent' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await other.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByText('Tell us what “Other” means for you, or choose another answer.')
      .first()
      .waitFor();
    expect(await page.getByText('Response required: enter another value.').count()).toBe(0);
    await context.close();
  });
});
