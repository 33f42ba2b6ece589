// A parent with a receipt for last year's survey follows the receipt page's link to this year's
// and answers it linked; once enough parents have, officers see how views changed among them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { receiptCode } from '../support/receipt-codes.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { postJson, writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoViolations } from './support/axe.ts';
import { hasChromium, launchChromium, PHONE, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn } from './support/officer.ts';

const LATER = 'Tiny survey, a year on';

describe.skipIf(!hasChromium)('answers linked across a series', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({
        surveysDir: writeSurveysDir([
          surveyFile({ series: 'wave', opensAt: '2026-01-05T09:00:00Z' }),
          surveyFile({
            slug: 'tiny-2',
            title: LATER,
            series: 'wave',
            opensAt: '2026-06-01T09:00:00Z',
          }),
        ]),
        env: { NODE_ENV: 'test', SUPPRESSION_K: '5' },
      }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const send = (slug: string, body: Record<string, unknown>, rating: number) =>
    server.t.request(
      `/api/surveys/${slug}/responses`,
      postJson({ answers: { ...validTinyAnswers, rating }, ...body }),
    );

  it('links a parent\u2019s new answers from the receipt page, and shows officers the change', {
    timeout: 120_000,
  }, async () => {
    for (let i = 0; i < 6; i++) {
      expect((await send('tiny', { receipt: receiptCode(i) }, 2)).status).toBe(201);
    }
    for (let i = 1; i < 6; i++) {
      expect((await send('tiny-2', { previousReceipt: receiptCode(i) }, 4)).status).toBe(201);
    }

    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${server.url}/receipt`);
    await page.getByRole('textbox', { name: 'Receipt code' }).fill(receiptCode(0));
    await page.getByRole('button', { name: 'Look up my answers' }).click();
    await page.getByRole('heading', { name: 'A new questionnaire' }).waitFor();
    await expectNoViolations(page, 'the receipt page offering the next survey');
    await page.getByRole('link', { name: `Answer ${LATER}, linked to these answers` }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Parent', { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Complete' }).click();
    await page
      .getByText('Your answers have been linked to your answers to the last questionnaire')
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();

    const officer = await addUser(server.t, 'officer');
    const signedIn = await openSignedIn(browser, `${server.url}/officer/surveys/tiny-2`, officer);
    const report = signedIn.page;
    await report
      .getByRole('heading', { name: 'How views changed among the same parents' })
      .waitFor();
    await report.getByText('6 parents linked these answers', { exact: false }).waitFor();
    const table = report.getByRole('table', {
      name: 'How would you rate support?: answers before and now',
    });
    const row = (answer: string) => table.getByRole('row', { name: new RegExp(`^${answer} `) });
    // The parent in the browser left the rating out this time: 5 answered it both times.
    expect(await row('2').textContent()).toBe('250');
    expect(await row('4').textContent()).toBe('405');
    await expectAccessibleAtEveryWidth(report, 'the report with how views changed');
    await signedIn.context.close();
  });
});
