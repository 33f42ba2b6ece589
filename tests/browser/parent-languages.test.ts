// A parent chooses easy read, answers and sends; a targeted survey asks for its access code
// first; the embedded page has no site header. Every screen is checked with axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccessCodes } from '../../db/access-codes-repository.ts';
import { CLI_ACTOR } from '../../db/audit-repository.ts';
import { listResponses } from '../../db/responses-repository.ts';
import { hashAccessCode } from '../../server/access-codes.ts';
import { addLocaleTexts, LOCALE_SLUG, localeSurveyFile } from '../support/locale-surveys.ts';
import { writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { hasChromium, launchChromium, PHONE, watchForPageProblems } from './support/browser.ts';

const CODE_SLUG = 'invited';
const CODE = 'K7QM-3TXA';

const invitedSurvey = {
  slug: CODE_SLUG,
  title: 'Forum meeting feedback',
  status: 'open',
  json: {
    completeText: 'Send my answers',
    pages: [
      {
        name: 'views',
        elements: [{ type: 'comment', name: 'views', title: 'What did you think of the meeting?' }],
      },
    ],
  },
};

describe.skipIf(!hasChromium)('parents and languages', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    const surveysDir = writeSurveysDir([localeSurveyFile, invitedSurvey]);
    [server, browser] = await Promise.all([startTestServer({ surveysDir }), launchChromium()]);
    await addLocaleTexts(server.db);
    const invited = await server.db
      .updateTable('surveys')
      .set({ access_codes_required: 1 })
      .where('slug', '=', CODE_SLUG)
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertAccessCodes(server.db, invited.id, [hashAccessCode(invited.id, CODE)], {
      actor: CLI_ACTOR,
      action: 'access_codes.issue',
      target: CODE_SLUG,
      at: new Date(),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    return { page, problems: watchForPageProblems(page) };
  }

  it('lets a parent pick easy read, answer, and send; the answers are stored as usual', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/s/${LOCALE_SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Short breaks' }).waitFor();
    await expectNoSeriousViolations(page, 'the notice with a language list');

    await page.getByLabel('Language').selectOption({ label: 'Easy read English' });
    await page.getByRole('button', { name: 'Change language' }).click();
    await page.getByText('We will not ask your name. Nobody will know it was you.').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoSeriousViolations(page, 'the easy-read notice');

    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.getByText('Did your child go to a short break this year?').waitFor();
    await expectNoSeriousViolations(page, 'the easy-read questions');
    await page.getByRole('radio', { name: 'Yes' }).check({ force: true });
    await page
      .getByRole('textbox', { name: 'What would make short breaks better?' })
      .fill('More weekend places');
    await page.getByRole('button', { name: 'Send my answers' }).click();

    await page.getByRole('heading', { level: 1, name: 'We got your answers' }).waitFor();
    await page.getByText('Thank you. We got your answers.').waitFor();
    await expectNoSeriousViolations(page, 'the easy-read thank-you page');
    const stored = await listResponses(server.db, LOCALE_SLUG);
    expect(stored.map((r) => r.answers)).toEqual([
      { used: 'yes', what_helps: 'More weekend places' },
    ]);
    expect(problems).toEqual([]);
  });

  it('switches the questions to Welsh mid-way, keeping the answers given', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/s/${LOCALE_SLUG}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: 'No' }).check({ force: true });
    await page.getByLabel('Language').selectOption({ label: 'Cymraeg' });
    await page.getByRole('button', { name: 'Change language' }).click();
    await page
      .getByText('A yw eich plentyn wedi defnyddio gwasanaeth seibiant byr eleni?')
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Nac ydy' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await expectNoSeriousViolations(page, 'the Welsh questions');
    expect(problems).toEqual([]);
  });

  it('asks for the access code before the questions, explains a wrong one, and uses a right one', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/s/${CODE_SLUG}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter your access code' }).waitFor();
    await expectNoSeriousViolations(page, 'the access code page');

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').getByText('Enter your access code').waitFor();
    await page.getByLabel('Access code').fill('ABCD-EFGH');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').getByText('This code is not right').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.getByLabel('Access code').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(page, 'the access code page with an error');

    await page.getByLabel('Access code').fill('k7qm 3txa');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByRole('textbox', { name: 'What did you think of the meeting?' })
      .fill('Very useful');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your answers have been sent' }).waitFor();

    // Used once, recorded only as a keyed tag: the code's own row is left as it was.
    const codes = await server.db.selectFrom('access_codes').select('used').execute();
    expect(codes).toEqual([{ used: 0 }]);
    const spent = await server.db.selectFrom('spent_access_codes').select('tag').execute();
    expect(spent).toHaveLength(1);
    expect((await listResponses(server.db, CODE_SLUG)).map((r) => r.answers)).toEqual([
      { views: 'Very useful' },
    ]);
    // The wrong code's 403 is the browser logging the refusal the page then explained.
    expect(problems.filter((p) => !/status of 403/.test(p))).toEqual([]);
  });

  it('shows the embedded questionnaire without the site header and footer', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/embed/${LOCALE_SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Short breaks' }).waitFor();
    expect(await page.locator('header, footer').count()).toBe(0);
    await expectNoSeriousViolations(page, 'the embedded notice');
    expect(problems).toEqual([]);
  });
});
