// A survey in Welsh with no Welsh wording of its own for the buttons and errors: parents get
// survey-core's own Welsh ("Dechrau", "Cwblhau", "Atebwch y cwestiwn.") instead of English marked lang="cy";
// where the team worded a message, theirs is used (#14 point 3).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeSurveyFile } from '../support/locale-surveys.ts';
import { writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoViolations } from './support/axe.ts';
import { hasChromium, launchChromium, PHONE, watchForPageProblems } from './support/browser.ts';

const WORDED_SLUG = 'worded-welsh';
const TEAM_COMPLETE = 'Anfon fy atebion';

const wordedWelsh = {
  ...localeSurveyFile,
  slug: WORDED_SLUG,
  localeTexts: { cy: { ui: { 'questions.complete': TEAM_COMPLETE } } },
};

describe.skipIf(!hasChromium)('survey-core’s own wording in the parent’s language', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    const surveysDir = writeSurveysDir([localeSurveyFile, wordedWelsh]);
    [server, browser] = await Promise.all([startTestServer({ surveysDir }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function welshQuestions(slug: string) {
    const context = await browser.newContext({ ...PHONE, locale: 'cy-GB' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${server.url}/s/${slug}`);
    await page.getByRole('button', { name: 'Dechrau' }).click();
    await page
      .getByText('A yw eich plentyn wedi defnyddio gwasanaeth seibiant byr eleni?')
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    return { context, page, problems };
  }

  it('shows survey-core’s Welsh buttons and errors where the survey words none', async () => {
    const { context, page, problems } = await welshQuestions(localeSurveyFile.slug);
    await page.getByRole('button', { name: 'Cwblhau' }).click();
    await page.getByText('Atebwch y cwestiwn.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Complete' }).count()).toBe(0);
    expect(await page.getByText('Response required.').count()).toBe(0);
    await expectNoViolations(page, 'the Welsh questions with an error');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the team’s own Welsh wording where the survey has it', async () => {
    const { context, page, problems } = await welshQuestions(WORDED_SLUG);
    await page.getByRole('button', { name: TEAM_COMPLETE }).click();
    await page.getByText('Atebwch y cwestiwn.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Cwblhau' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
