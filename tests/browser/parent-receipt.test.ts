// A parent answers, keeps the receipt code (saved as a text file), later looks it up at /receipt
// and sees an action published for one of their themes, and takes the answers back: the officers'
// report then counts one fewer. The code never appears in an address. Every page passes axe.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { postJson, writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoViolations, scrollsSideways } from './support/axe.ts';
import { hasChromium, launchChromium, PHONE, watchForPageProblems } from './support/browser.ts';

const ORGANISATION = 'Anytown Council SEND team';
const CONTACT = 'send.voice@anytown.gov.uk or 01234 567890';
const COMMENT = 'Nobody replies to my emails and phone calls about the EHC plan.';
const ACTION = {
  title: 'Reply to every email within ten working days',
  description: 'The SEND team will answer every email within ten working days.',
  status: 'in_progress',
  public: true,
  themes: ['communication'],
  questions: ['working_well'],
};

describe.skipIf(!hasChromium)('a parent with a receipt code', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({
        surveysDir: writeSurveysDir([surveyFile()]),
        env: { NODE_ENV: 'test', ORGANISATION_NAME: ORGANISATION, ORGANISATION_CONTACT: CONTACT },
      }),
      launchChromium(),
    ]);
    officer = await tokenFor(server.t, (await addUser(server.t, 'officer')).id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const reportCount = async () => {
    const res = await server.t.request('/api/surveys/tiny/report', asToken(officer));
    return ((await res.json()) as { responses: number }).responses;
  };

  async function expectAccessible(page: Page, label: string) {
    await expectNoViolations(page, label);
    expect(await scrollsSideways(page), `${label} scrolls sideways`).toBe(false);
  }

  it('answers, keeps the code, sees an action for their theme, and takes the answers back', async () => {
    // Another family's answers, so the report has something left after the withdrawal.
    const other = await server.t.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(other.status).toBe(201);

    const context = await browser.newContext({ ...PHONE, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    const addresses: string[] = [];
    const bodies: string[] = [];
    page.on('request', (request) => {
      addresses.push(request.url());
      if (request.method() === 'POST') bodies.push(request.postData() ?? '');
    });

    await page.goto(`${server.url}/s/tiny`);
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    // Every public page names who runs it and how to reach them.
    await page.getByText(`This website is run by ${ORGANISATION}.`).waitFor();
    await page.getByText(CONTACT, { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Parent', { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'What is working well?' }).fill(COMMENT);
    await page.getByRole('button', { name: 'Complete' }).click();

    await page.getByRole('heading', { name: 'Your receipt code' }).waitFor();
    const code = (await page.getByTestId('receipt-code').textContent()) ?? '';
    expect(code).toMatch(/^([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}$/);
    expect(bodies.some((b) => b.includes(`"receipt":"${code}"`))).toBe(true);
    await expectAccessible(page, 'the thank-you page with the receipt');

    // Saved as a text file that says what the code is for.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Save the code as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('receipt-code.txt');
    const saved = await readFile((await download.path()) ?? '', 'utf8');
    expect(saved).toContain(code);
    expect(saved).toContain(`${server.url}/receipt`);

    // Later: the answers are themed and officers publish an action for that theme.
    await server.t.tagWorker.drain();
    const posted = await server.t.request(
      '/api/surveys/tiny/actions',
      asToken(officer, 'POST', ACTION),
    );
    expect(posted.status).toBe(201);
    expect(await reportCount()).toBe(2);

    await page.goto(`${server.url}/receipt`);
    await page.getByRole('heading', { name: 'Use your receipt code', level: 1 }).waitFor();
    await expectAccessible(page, 'the receipt page');
    const box = page.getByRole('textbox', { name: 'Receipt code' });
    await box.fill('ABCD');
    await page.getByRole('button', { name: 'Look up my answers' }).click();
    await page.getByRole('alert').getByText('This does not look like a receipt code').waitFor();
    await expectAccessible(page, 'the receipt page with an error');
    // Typed as a parent might: lower case, spaces instead of hyphens.
    await box.fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Look up my answers' }).click();
    await page.getByRole('heading', { name: 'Your answers', level: 1 }).waitFor();
    await page.getByTestId('receipt-themes').getByText('Communication').waitFor();
    await page.getByTestId('receipt-actions').getByText(ACTION.title).waitFor();
    await page.getByText(ACTION.description).waitFor();
    await expectAccessible(page, 'the receipt page with the answers found');

    await page.getByRole('button', { name: 'Take my answers back' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await page.getByRole('heading', { name: 'Your answers have been taken back' }).waitFor();
    await expectAccessible(page, 'the page after taking the answers back');
    expect(await reportCount()).toBe(1);

    // The code now finds nothing.
    await page.goto(`${server.url}/receipt`);
    await page.getByRole('textbox', { name: 'Receipt code' }).fill(code);
    await page.getByRole('button', { name: 'Look up my answers' }).click();
    await page
      .getByRole('alert')
      .getByText('We could not find answers with this receipt code')
      .waitFor();

    const plain = code.replaceAll('-', '');
    for (const address of addresses) {
      expect(address).not.toContain(code);
      expect(address.toUpperCase()).not.toContain(plain);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the privacy notice, accessibility statement and embedded page with the organisation and contact', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/privacy`);
    await page.getByRole('heading', { name: 'Privacy notice', level: 1 }).waitFor();
    for (const heading of [
      'Who is responsible for your answers',
      'What we never collect',
      'What we keep, and for how long',
      'Why we can use your answers',
      'Who sees your answers',
      'Your receipt code, and taking your answers back',
      'Your rights, and how to complain',
    ]) {
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    await page.getByRole('main').getByText(CONTACT, { exact: false }).first().waitFor();
    await page.getByRole('link', { name: 'ico.org.uk/make-a-complaint' }).waitFor();
    await expectAccessible(page, 'the privacy notice');

    await page.goto(`${server.url}/accessibility`);
    await page.getByRole('heading', { name: 'Accessibility statement', level: 1 }).waitFor();
    await page.getByRole('main').getByText(CONTACT, { exact: false }).first().waitFor();
    await page.getByText('This statement was last reviewed on', { exact: false }).waitFor();
    await expectAccessible(page, 'the accessibility statement');

    // The questionnaire inside another website's frame names them too, without the site's footer.
    await page.goto(`${server.url}/embed/tiny`);
    await page.getByRole('main').getByText(`This website is run by ${ORGANISATION}.`).waitFor();
    await page.close();
  });
});
