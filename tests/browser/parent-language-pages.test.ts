// The pages around the questions speak the parent's language: a closed questionnaire in the
// language of the browser, or the one picked before it closed; Arabic reads right to left, on
// the site and in another website's frame, with its buttons and progress bar in reach.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_SLUG, localeSurveyFile } from '../support/locale-surveys.ts';
import { writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { ARABIC_REQUIRED, ARABIC_SLUG, arabicSurveyFile } from './support/arabic-survey.ts';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import { hasChromium, launchChromium, PHONE, watchForPageProblems } from './support/browser.ts';

const CLOSED_SLUG = 'closed-welsh';
const WELSH_CLOSED = 'Mae’r holiadur hwn wedi cau';

const closedWelshSurvey = {
  ...localeSurveyFile,
  slug: CLOSED_SLUG,
  title: 'Short breaks last year',
  status: 'closed',
  localeTexts: { cy: { ui: { 'status.closed.heading': WELSH_CLOSED } } },
};

describe.skipIf(!hasChromium)('the pages around the questions, in the parent’s language', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    const surveysDir = writeSurveysDir([localeSurveyFile, closedWelshSurvey, arabicSurveyFile]);
    [server, browser] = await Promise.all([startTestServer({ surveysDir }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(locale = 'en-GB'): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ ...PHONE, locale });
    const page = await context.newPage();
    return { page, problems: watchForPageProblems(page) };
  }

  it('shows a closed questionnaire in the browser’s language when the survey has it', async () => {
    const welsh = await newPage('cy-GB');
    await welsh.page.goto(`${server.url}/s/${CLOSED_SLUG}`);
    await welsh.page.getByRole('heading', { level: 1, name: WELSH_CLOSED }).waitFor();
    expect(await welsh.page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await expectNoSeriousViolations(welsh.page, 'a closed questionnaire in Welsh');
    expect(welsh.problems).toEqual([]);

    const english = await newPage('fr-FR');
    await english.page.goto(`${server.url}/s/${CLOSED_SLUG}`);
    await english.page
      .getByRole('heading', { level: 1, name: 'This questionnaire has closed' })
      .waitFor();
    expect(await english.page.evaluate(() => document.documentElement.lang)).toBe('en');
    // A parent who reads Welsh can still switch, without reloading.
    await english.page.getByLabel('Language').selectOption({ label: 'Cymraeg' });
    await english.page.getByRole('button', { name: 'Change language' }).click();
    await english.page.getByRole('heading', { level: 1, name: WELSH_CLOSED }).waitFor();
    expect(english.problems).toEqual([]);
  });

  it('tells a parent in easy read that the questionnaire closed while they answered', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/s/${LOCALE_SLUG}`);
    await page.getByLabel('Language').selectOption({ label: 'Easy read English' });
    await page.getByRole('button', { name: 'Change language' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: 'Yes' }).check({ force: true });
    await server.db
      .updateTable('surveys')
      .set({ status: 'closed' })
      .where('slug', '=', LOCALE_SLUG)
      .execute();
    try {
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'This questionnaire has finished' })
        .waitFor();
      await page.getByText('You cannot answer it any more.').waitFor();
      await expectNoSeriousViolations(page, 'the easy-read closed page');
    } finally {
      await server.db
        .updateTable('surveys')
        .set({ status: 'open' })
        .where('slug', '=', LOCALE_SLUG)
        .execute();
    }
    // The refused send is the browser logging the 410 the page then explained.
    expect(problems.filter((p) => !/status of 410/.test(p))).toEqual([]);
  });

  it('reads Arabic right to left, with the buttons and progress bar on the screen', async () => {
    const { page, problems } = await newPage('ar');
    await page.goto(`${server.url}/s/${ARABIC_SLUG}`);
    await page.getByRole('heading', { level: 1, name: arabicSurveyFile.json.title.ar }).waitFor();
    expect(
      await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]),
    ).toEqual(['rtl', 'ar']);
    await expectNoSeriousViolations(page, 'the Arabic notice');
    await page.getByRole('button', { name: 'ابدأ' }).click();
    await page.getByText('هل استخدم طفلك استراحة قصيرة هذا العام؟').waitFor();
    await expectNoSeriousViolations(page, 'the Arabic questions');
    expect(await scrollsSideways(page)).toBe(false);
    const width = PHONE.viewport.width;
    for (const control of [
      page.getByRole('button', { name: 'التالي' }),
      page.locator('.page-progress__bar'),
    ]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      if (!box) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    // survey-core's own error message comes in the parent's language too.
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByText(ARABIC_REQUIRED).waitFor();
    // The questionnaire's own layout follows: the choices line up on the right.
    const [radio, title] = await Promise.all([
      page.getByRole('radio', { name: 'نعم' }).locator('..').boundingBox(),
      page.getByText('هل استخدم طفلك استراحة قصيرة هذا العام؟').boundingBox(),
    ]);
    expect((radio?.x ?? 0) + (radio?.width ?? 0)).toBeGreaterThan(width / 2);
    expect((title?.x ?? 0) + (title?.width ?? 0)).toBeGreaterThan(width / 2);
    expect(problems).toEqual([]);
  });

  it('turns the page right to left when a parent picks Arabic, and back for English', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/embed/${ARABIC_SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Short breaks' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.getByLabel('Language').selectOption({ label: 'العربية' });
    await page.getByRole('button', { name: 'Change language' }).click();
    await page.getByRole('heading', { level: 1, name: arabicSurveyFile.json.title.ar }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectNoSeriousViolations(page, 'the embedded Arabic notice');
    await page.getByLabel('اللغة').selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'تغيير اللغة' }).click();
    await page.getByRole('heading', { level: 1, name: 'Short breaks' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(problems).toEqual([]);
  });
});
