// The report broken down by a question has one landmark per group, each named apart, so axe
// finds no problem of any impact on the report, whole or broken down, at every width.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { postJson } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoViolations } from './support/axe.ts';
import { hasChromium, launchChromium } from './support/browser.ts';
import { openSignedIn } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const TITLE = 'Quick check: how confident do you feel about SEND support?';
const WIDTHS = [320, 390, 1024, 1280];

async function atEveryWidth(page: Page, label: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoViolations(page, `${label} at ${width} px`);
  }
}

describe.skipIf(!hasChromium)('the officer report, whole and broken down', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    officer = await addUser(server.t, 'officer');
    for (const role of [...Array(12).fill('parent'), ...Array(11).fill('carer'), 'young_person']) {
      const answers = {
        respondent_role: role,
        confidence: { listened_to_by_council: 'agree', know_who_to_contact: 'disagree' },
        improve_confidence: 'Quicker EHC plans and someone who calls back.',
        quote_consent: 'yes',
      };
      await server.t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
    }
    await server.t.tagWorker.drain();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (query: string) =>
    openSignedIn(browser, `${server.url}/officer/surveys/${SLUG}${query}`, officer);

  // axe runs at four widths on a long page; the shared test machine needs the time.
  it('has no axe violation of any impact on the whole report', { timeout: 180_000 }, async () => {
    const { context, page } = await open('');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Answered 24 times').first().waitFor();
    await atEveryWidth(page, 'the report');
    await context.close();
  });

  it('has no axe violation of any impact broken down by a question', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await open('?by=respondent_role');
    await page.getByRole('region', { name: 'Group: A parent', exact: true }).waitFor();
    await atEveryWidth(page, 'the report broken down by who is answering');
    await context.close();
  });
});
