import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addUser, tokenFor } from '../../support/accounts.ts';
import { postJson } from '../../support/test-app.ts';
import { startTestServer } from '../../support/test-server.ts';
import { expectNoSeriousViolations, scrollsSideways } from './axe.ts';
import { DESKTOP, launchChromium } from './browser.ts';

export interface OfficerWorld {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  officer: Awaited<ReturnType<typeof addUser>>;
  /** The officer's API token, for setting the scene without the browser. */
  token: string;
}

/** A server with an officer, a browser, and parents' answers to one question already themed. */
export async function startOfficerWorld(
  slug: string,
  question: string,
  texts: string[],
): Promise<OfficerWorld> {
  const [server, browser] = await Promise.all([
    startTestServer({ env: { NODE_ENV: 'test' } }),
    launchChromium(),
  ]);
  try {
    const officer = await addUser(server.t, 'officer');
    const token = await tokenFor(server.t, officer.id);
    for (const text of texts) {
      const answers = { respondent_role: 'parent', [question]: text, quote_consent: 'yes' };
      const res = await server.t.request(`/api/surveys/${slug}/responses`, postJson({ answers }));
      expect(res.status).toBe(201);
    }
    await server.t.tagWorker.drain();
    return { server, browser, officer, token };
  } catch (error) {
    // The test file never receives them, so it cannot close them.
    await Promise.allSettled([browser.close(), server.close()]);
    throw error;
  }
}

/** Fills in and sends the officers' sign-in form. */
export async function signInAs(page: Page, person: { email: string; password: string }) {
  await page.getByRole('textbox', { name: 'Email address' }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A fresh browser context on an officer page, signed in as the person. */
export async function openSignedIn(
  browser: Browser,
  url: string,
  person: { email: string; password: string },
) {
  const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
  // The test machine is shared; a slow moment should not fail a test about behaviour.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto(url);
  await signInAs(page, person);
  return { context, page };
}

/** axe on the desktop width, then again on a 320 px screen, which must not scroll sideways. */
export async function expectAccessibleAtEveryWidth(page: Page, label: string) {
  await expectNoSeriousViolations(page, label);
  await page.setViewportSize({ width: 320, height: 800 });
  try {
    await expectNoSeriousViolations(page, `${label} at 320 px`);
    expect(await scrollsSideways(page), `${label} scrolls sideways at 320 px`).toBe(false);
  } finally {
    await page.setViewportSize(DESKTOP.viewport);
  }
}
