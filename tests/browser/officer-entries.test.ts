// An officer types in a paper response, rewords a question's narrative for the exports, reads the
// answers behind a theme, and checks how far automatic themes agree with officers; every page
// passes axe on a desktop and a 320 px screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asToken } from '../support/accounts.ts';
import { hasChromium, watchForPageProblems } from './support/browser.ts';
import {
  expectAccessibleAtEveryWidth,
  type OfficerWorld,
  openSignedIn,
  startOfficerWorld,
} from './support/officer.ts';

const SLUG = 'confidence-pulse';
const QUESTION = 'improve_confidence';
const QUESTION_TITLE = 'What one thing would most improve your confidence?';
const COMMON = 'Quicker EHC plans and someone who calls back.';
const WORRYING = `My daughter talks about wanting to die since she lost her school place. ${COMMON}`;
/** More answers than one page of the drill-down holds, so that paging shows. */
const ALIKE = 24;

describe.skipIf(!hasChromium)('officers’ entries and analysis pages', () => {
  let server: OfficerWorld['server'];
  let browser: OfficerWorld['browser'];
  let officer: OfficerWorld['officer'];
  let token: string;

  beforeAll(async () => {
    const texts = [WORRYING, ...Array.from({ length: ALIKE }, (_, i) => `${COMMON} (${i + 1})`)];
    ({ server, browser, officer, token } = await startOfficerWorld(SLUG, QUESTION, texts));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const reportUrl = () => `${server.url}/officer/surveys/${SLUG}`;
  const responsesNow = async () => {
    const res = await server.t.request(`/api/surveys/${SLUG}/report?format=json`, asToken(token));
    return ((await res.json()) as { responses: number }).responses;
  };

  /** Fills in the confidence questionnaire as a parent on the telephone might answer it. */
  async function fillPaperForm(page: Page, text: string, how: string | null = 'A paper form') {
    if (how) await page.getByRole('radio', { name: how }).check();
    await page.getByText('A parent', { exact: true }).click();
    await page.getByRole('textbox', { name: QUESTION_TITLE }).fill(text);
    await page.getByText('No, please do not quote my words', { exact: true }).click();
  }

  it('enters a paper response that the report then counts', async () => {
    const before = await responsesNow();
    const { context, page } = await openSignedIn(browser, reportUrl(), officer);
    const problems = watchForPageProblems(page);
    await page.getByText(`${before} responses.`).waitFor();
    await page.getByRole('link', { name: 'Enter a paper or telephone response' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Enter a paper or telephone response' })
      .waitFor();
    await fillPaperForm(page, 'A named caseworker.', null);
    // Saving without saying how the response arrived keeps the answers and asks.
    await page.getByRole('button', { name: 'Save this response' }).click();
    await page
      .getByText('Choose whether this response came on a paper form or by telephone.')
      .first()
      .waitFor();
    expect(await responsesNow()).toBe(before);
    await page.getByRole('radio', { name: 'A telephone call' }).check();
    await page.getByRole('button', { name: 'Save this response' }).click();
    await page.getByRole('heading', { level: 1, name: 'Response saved' }).waitFor();
    await page.getByText('marked as a telephone response').waitFor();
    // Keyboard and screen reader users land on the confirmation.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
      /^Response saved/,
    );
    expect(await responsesNow()).toBe(before + 1);
    const telephone = await server.db
      .selectFrom('responses')
      .select('channel')
      .where('channel', '=', 'telephone')
      .execute();
    expect(telephone.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Enter another response' }).click();
    await page.getByRole('button', { name: 'Save this response' }).waitFor();
    expect(await page.getByRole('radio', { name: 'A parent' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'A telephone call' }).isChecked()).toBe(false);
    await page.getByRole('link', { name: 'Back to the report' }).click();
    await page.getByText(`${before + 1} responses.`).waitFor();
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await context.close();
  });

  it('the paper entry page and its confirmation pass axe on every width', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await openSignedIn(browser, `${reportUrl()}/paper`, officer);
    await page.getByRole('button', { name: 'Save this response' }).waitFor();
    await expectAccessibleAtEveryWidth(page, 'the paper entry page');
    await fillPaperForm(page, 'Someone to answer the phone.');
    await page.getByRole('button', { name: 'Save this response' }).click();
    await page.getByRole('heading', { level: 1, name: 'Response saved' }).waitFor();
    await expectAccessibleAtEveryWidth(page, 'the paper entry confirmation');
    await context.close();
  });

  it('shows the server’s problems with a paper response next to the questions', {
    timeout: 180_000,
  }, async () => {
    const before = await responsesNow();
    const { context, page } = await openSignedIn(browser, `${reportUrl()}/paper`, officer);
    // The browser's own checks pass whatever the server would refuse, so the refusal is staged.
    await page.route('**/paper-responses', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'invalid_response',
            message: 'Some answers need to be checked.',
            details: [{ question: QUESTION, message: 'This answer is too long.' }],
          },
        }),
      }),
    );
    await fillPaperForm(page, 'Something.');
    await page.getByRole('button', { name: 'Save this response' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'The response has not been saved' });
    await summary.getByText(QUESTION_TITLE).waitFor();
    await summary.getByText('This answer is too long.').waitFor();
    // The form is back with the answers as typed and the problem under its question.
    expect(await page.getByRole('textbox', { name: QUESTION_TITLE }).inputValue()).toBe(
      'Something.',
    );
    expect(await page.getByText('This answer is too long.').count()).toBe(2);
    await expectAccessibleAtEveryWidth(page, 'the paper entry page with a problem');
    expect(await responsesNow()).toBe(before);
    await context.close();
  });

  it('saves an officer’s narrative, which the HTML export then uses, and resets it', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await openSignedIn(browser, reportUrl(), officer);
    const section = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: QUESTION_TITLE }),
    });
    const drafted = (await section.locator('.narrative p.body').first().textContent()) ?? '';
    expect(drafted).toMatch(/^This question was answered/);
    await section.getByRole('button', { name: /^Edit the text about/ }).click();
    const box = section.getByRole('textbox', { name: `Text about “${QUESTION_TITLE}”` });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessibleAtEveryWidth(page, 'the report with a narrative being edited');
    const mine = 'Most parents asked for quicker plans and for calls to be returned.';
    await box.fill(mine);
    await section.getByRole('button', { name: 'Save text' }).click();
    await section.getByRole('status').getByText('Your text is saved').waitFor();
    await section.getByText(mine).waitFor();
    const exported = () =>
      page.evaluate(
        (slug) => fetch(`/api/surveys/${slug}/report?format=html`).then((r) => r.text()),
        SLUG,
      );
    expect(await exported()).toContain(mine);

    await page.reload();
    await section.getByText(mine).waitFor();
    await section.getByRole('button', { name: /^Reset to the drafted text/ }).click();
    await section.getByRole('status').getByText('The drafted text is back').waitFor();
    await section.getByText(drafted).waitFor();
    expect(await exported()).not.toContain(mine);
    await context.close();
  });

  it('drills down from a theme to its answers with the evidence highlighted, page by page', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await openSignedIn(browser, reportUrl(), officer);
    await page.getByRole('heading', { level: 2, name: 'Responses over time' }).waitFor();
    await page.getByRole('figure', { name: /^Responses received each/ }).waitFor();
    const themeLink = page.getByRole('link', { name: /: read the answers$/ }).first();
    const label = ((await themeLink.textContent()) ?? '').replace(/: read the answers$/, '');
    await themeLink.click();
    await page.getByRole('heading', { level: 1, name: `Answers about “${label}”` }).waitFor();
    await page.getByText(/^Answers 1 to 20 of \d+$/).waitFor();
    expect(await page.locator('.review-item').count()).toBe(20);
    expect(await page.locator('.review-item mark').count()).toBeGreaterThan(0);
    await expectAccessibleAtEveryWidth(page, 'the answers about a theme');

    await page.getByRole('link', { name: 'Next 20 answers' }).click();
    await page.getByText(/^Answers 21 to \d+ of \d+$/).waitFor();
    expect(await page.locator('.review-item mark').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Previous 20 answers' }).waitFor();
    await context.close();
  });

  it('compares automatic themes with officers’ coding, with guidance on what to check', {
    timeout: 180_000,
  }, async () => {
    const answers = (await (
      await server.t.request(
        `/api/surveys/${SLUG}/answers?question=${QUESTION}&limit=1`,
        asToken(token),
      )
    ).json()) as { responseId: string }[];
    const first = answers[0]?.responseId ?? '';
    const put = await server.t.request(
      `/api/surveys/${SLUG}/answers/${first}/${QUESTION}/themes`,
      asToken(token, 'PUT', { themes: ['ehcp'] }),
    );
    expect(put.status).toBe(200);

    const { context, page } = await openSignedIn(browser, reportUrl(), officer);
    await page
      .getByRole('link', { name: 'How far the automatic themes agree with officers' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Automatic themes compared with officers' })
      .waitFor();
    const table = page.getByRole('table', { name: 'Agreement for each theme' });
    const row = table.getByRole('row', { name: /EHC needs assessments and plans/ });
    expect(await row.getByRole('cell').first().textContent()).toBe('Too few coded answers to tell');
    await page.getByText(/Kappa/).first().waitFor();
    await expectAccessibleAtEveryWidth(page, 'the agreement page');
    await context.close();
  });

  it('names the question of each answer to check first by its title', async () => {
    const { context, page } = await openSignedIn(browser, `${reportUrl()}/safeguarding`, officer);
    await page.getByText(`Question: ${QUESTION_TITLE}`).waitFor();
    await context.close();
  });
});
