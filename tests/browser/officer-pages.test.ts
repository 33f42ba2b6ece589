// An officer signs in, finds a survey, reads its report, breaks it down and signs out; the pages
// pass axe, fit a 320 px screen, and the parent's questionnaire loads none of the officers' code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { postJson, type TestApp } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import { DESKTOP, hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { signInAs } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const TITLE = 'Quick check: how confident do you feel about SEND support?';

/** Twelve parents, ten carers and two young people: too few young people to show. */
const ROLES = [
  ...Array(12).fill('parent'),
  ...Array(10).fill('carer'),
  'young_person',
  'young_person',
];

async function submitResponses(t: TestApp) {
  for (const role of ROLES) {
    const answers = {
      respondent_role: role,
      confidence: { listened_to_by_council: 'agree', know_who_to_contact: 'disagree' },
      improve_confidence: 'Quicker EHC plans and someone who calls back.',
      quote_consent: 'yes',
    };
    const res = await t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
    expect(res.status).toBe(201);
  }
  await t.tagWorker.drain();
}

describe.skipIf(!hasChromium)('the officer pages', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    officer = await addUser(server.t, 'officer');
    await submitResponses(server.t);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = (page: Page) => signInAs(page, officer);

  it('signs in, reads a report, breaks it down and signs out', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);

    await page.goto(`${server.url}/officer`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectNoSeriousViolations(page, 'the sign-in page');
    await page.getByRole('textbox', { name: 'Email address' }).fill(officer.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email address or password is not right').waitFor();
    await expectNoSeriousViolations(page, 'the sign-in page with an error');

    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(TITLE.slice(0, 20)) });
    expect(await row.getByRole('cell').last().textContent()).toBe('24');
    await page.getByText('No answers are waiting to be tagged.').waitFor();
    await expectNoSeriousViolations(page, 'the surveys page');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(page.url()).toBe(`${server.url}/officer/surveys/${SLUG}`);
    const role = page.locator('section', {
      has: page.getByRole('heading', { name: 'Who is answering?' }),
    });
    await role.getByText('Answered 24 times', { exact: true }).waitFor();
    await role.getByRole('figure', { name: 'Chart: Who is answering?' }).waitFor();
    const parents = role.getByRole('table').getByRole('row', { name: /^A parent/ });
    expect(await parents.getByRole('cell').allTextContents()).toEqual([
      '12',
      '50%',
      '31.4% to 68.6%',
    ]);
    const youngRow = role.getByRole('table').getByRole('row', { name: /^A young person/ });
    expect(await youngRow.getByRole('cell').first().textContent()).toBe('fewer than 10');
    await expectNoSeriousViolations(page, 'the report');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize(DESKTOP.viewport);

    await page.getByLabel('Break down by').selectOption({ label: 'Who is answering?' });
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(/by=respondent_role/);
    const youngGroup = page.getByRole('region', { name: /^Group: A young person/ });
    await youngGroup.getByText(/^Fewer than 10 people\./).waitFor();
    const parentGroup = page.getByRole('region', { name: 'Group: A parent' });
    await parentGroup.getByText('12 people', { exact: true }).waitFor();
    await parentGroup.getByRole('figure', { name: /^Chart: How much do you agree/ }).waitFor();
    await expectNoSeriousViolations(page, 'the report broken down');
    expect(await page.getByLabel('Break down by').inputValue()).toBe('respondent_role');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const after = await page.evaluate(() => fetch('/api/session').then((r) => r.status));
    expect(after).toBe(401);
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await context.close();
  });

  it('explains that an account is locked after too many failed attempts', async () => {
    const email = 'locked@council.example';
    for (let i = 0; i < 5; i += 1) {
      const res = await server.t.request(
        '/api/session',
        postJson({ email, password: 'wrong guess' }),
      );
      expect(res.status).toBe(401);
    }
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${server.url}/officer/surveys/${SLUG}`);
    await page.getByRole('textbox', { name: 'Email address' }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('wrong guess');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/too many failed attempts.*Wait 1 minute/)
      .waitFor();
    await context.close();
  });

  it('keeps the officers’ code out of the parent’s questionnaire page', async () => {
    const assetsOf = (html: string) => new Set(html.match(/\/assets\/[^"]+/g) ?? []);
    const dist = resolve('client/dist');
    const parentAssets = assetsOf(readFileSync(resolve(dist, 'index.html'), 'utf8'));
    const officerOnly = [
      ...assetsOf(readFileSync(resolve(dist, 'officer/index.html'), 'utf8')),
    ].filter((asset) => !parentAssets.has(asset));
    expect(officerOnly.length).toBeGreaterThan(0);

    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/s/${SLUG}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(urls.some((url) => url.startsWith('/assets/'))).toBe(true);
    expect(urls.filter((url) => officerOnly.includes(url) || /officer/.test(url))).toEqual([]);
    await context.close();
  });
});
