// An officer publishes chosen questions of a closed survey from the report, reads the public
// results page at a phone's 320 px and a desktop's 1280 px (axe, every rule, and no sideways
// scrolling), is told in plain English why a republication a single answer away is refused, and
// takes the results down, after which the public address is "Page not found".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { postJson } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoViolations, scrollsSideways } from './support/axe.ts';
import { DESKTOP, hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const SCALE = ['strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree'];
const APPROVED = 'Better communication from the SEND team would help, they rarely reply to emails.';
const NOT_APPROVED = 'The SEND team should reply to emails and phone calls much faster.';

describe.skipIf(!hasChromium)('published results', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Awaited<ReturnType<typeof addUser>>;
  let token: string;

  const answer = async (i: number, text: string) => {
    const answers = {
      respondent_role: i % 5 === 4 ? 'carer' : 'parent',
      confidence: {
        know_who_to_contact: SCALE[i % SCALE.length],
        listened_to_by_council: SCALE[(i * 2) % SCALE.length],
      },
      improve_confidence: text,
      quote_consent: 'yes',
    };
    const res = await server.t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const setStatus = (status: string) =>
    server.db.updateTable('surveys').set({ status }).where('slug', '=', SLUG).execute();

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    officer = await addUser(server.t, 'officer');
    token = await tokenFor(server.t, officer.id);
    const first = await answer(0, APPROVED);
    for (let i = 1; i < 30; i++) await answer(i, NOT_APPROVED);
    await server.t.tagWorker.drain();
    const approve = { key: `${first}:improve_confidence`, approved: true };
    const res = await server.t.request(
      `/api/surveys/${SLUG}/quotes`,
      asToken(token, 'POST', approve),
    );
    expect(res.status).toBe(204);
    await setStatus('closed');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('are published by an officer, read by anyone, and taken down', async () => {
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/surveys/${SLUG}`,
      officer,
    );
    const problems = watchForPageProblems(page);
    try {
      await page.getByRole('link', { name: 'Publish results on a public page' }).click();
      await page.getByRole('heading', { name: 'Publish results', level: 1 }).waitFor();
      await page.getByText('Nothing is published for this survey.').waitFor();
      await page.getByRole('button', { name: 'Publish results' }).click();
      await page.getByRole('alert').getByText('Choose at least one question to publish.').waitFor();
      await expectAccessibleAtEveryWidth(page, 'the publish page with an error');

      for (const name of [
        'Who is answering?',
        'How much do you agree with each of these?',
        'What one thing would most improve your confidence?',
      ]) {
        await page.getByRole('checkbox', { name }).check();
      }
      await page.getByRole('button', { name: 'Publish results' }).click();
      await page
        .getByRole('status')
        .getByText('The results were published, counting 30 responses.')
        .waitFor();
      const link = page.getByRole('link', { name: `${server.url}/results/${SLUG}` });
      await link.waitFor();
      await expectAccessibleAtEveryWidth(page, 'the publish page with results published');

      const results = await context.newPage();
      for (const width of [320, 1280]) {
        await results.setViewportSize({ width, height: 900 });
        const res = await results.goto(`${server.url}/results/${SLUG}`);
        expect(res?.status()).toBe(200);
        await results.getByRole('heading', { level: 1, name: /how confident/i }).waitFor();
        await results.getByText('Published', { exact: true }).waitFor();
        await results.getByRole('heading', { name: 'Who is answering?' }).waitFor();
        expect(await results.getByRole('img', { name: /Bar chart/ }).count()).toBeGreaterThan(0);
        expect(await results.getByText(APPROVED).count()).toBe(1);
        expect(await results.getByText(NOT_APPROVED).count()).toBe(0);
        await expectNoViolations(results, `the results page at ${width} px`);
        expect(await scrollsSideways(results), `scrolls sideways at ${width} px`).toBe(false);
      }
      const published = await results.content();

      // One more answer: the page stays as published, and publishing again is refused.
      await setStatus('open');
      await answer(30, NOT_APPROVED);
      await setStatus('closed');
      await results.reload();
      expect(await results.content()).toBe(published);
      await page.getByRole('button', { name: 'Publish again' }).click();
      await page
        .getByRole('alert')
        .getByText(/Too few answers have changed/)
        .waitFor();
      await expectAccessibleAtEveryWidth(page, 'the publish page with a refusal');

      await page.getByRole('button', { name: 'Take the results down' }).click();
      await page
        .getByRole('status')
        .getByText(/The results were taken down/)
        .waitFor();
      await page.getByText('Nothing is published for this survey.').waitFor();
      const gone = await results.goto(`${server.url}/results/${SLUG}`);
      expect(gone?.status()).toBe(404);
      await results.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await results.setViewportSize(DESKTOP.viewport);
      await expectNoViolations(results, 'the results page once taken down');
      // The refused republication is the one failed request the browser reports.
      expect(problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
