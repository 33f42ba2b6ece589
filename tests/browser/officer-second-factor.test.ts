// An officer with a second factor types the code after the password; one without, when an
// administrator requires it, sets it up on the way in and is shown the recovery codes once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSetting } from '../../db/app-settings-repository.ts';
import { addUser, enrolSecondFactor, signIn, totpCode } from '../support/accounts.ts';
import { startTestServer } from '../support/test-server.ts';
import { hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn } from './support/officer.ts';

describe.skipIf(!hasChromium)('signing in with a code', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for the code after the password', { timeout: 240_000 }, async () => {
    const officer = await addUser(server.t, 'officer');
    // Set up with the previous step's code, so the current one is still unused.
    const before = new Date(Date.now() - 30_000);
    const { secret } = await enrolSecondFactor(
      server.t,
      await signIn(server.t, officer.email),
      before,
    );

    const { context, page } = await openSignedIn(browser, `${server.url}/officer`, officer);
    const problems = watchForPageProblems(page);
    await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
    await expectAccessibleAtEveryWidth(page, 'the code step');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter the code' }).waitFor();
    await page.getByRole('textbox', { name: 'Code' }).fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'The code is not right' }).waitFor();
    await page.getByRole('textbox', { name: 'Code' }).fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('navigation', { name: 'Officer pages' }).waitFor();
    expect(problems.filter((p) => !/status of 40[01]/.test(p))).toEqual([]);
    await context.close();
  });

  it('sets one up on the way in when an administrator requires it', {
    timeout: 240_000,
  }, async () => {
    const officer = await addUser(server.t, 'officer');
    await writeSetting(server.db, 'require_second_factor', 'true', new Date().toISOString());
    const { context, page } = await openSignedIn(browser, `${server.url}/officer`, officer);
    const problems = watchForPageProblems(page);
    await page.getByRole('heading', { level: 1, name: 'Set up a second way to sign in' }).waitFor();
    const qr = page.getByRole('img', { name: 'QR code to scan with an authenticator app' });
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expectAccessibleAtEveryWidth(page, 'setting up a second factor');
    const secret = (await page.locator('code').first().textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page
      .getByRole('textbox', { name: 'Code from the app' })
      .fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    expect(await page.locator('ul.inset li').count()).toBe(10);
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.getByRole('navigation', { name: 'Officer pages' }).waitFor();
    expect(problems.filter((p) => !/status of 40[01]/.test(p))).toEqual([]);
    await writeSetting(server.db, 'require_second_factor', 'false', new Date().toISOString());
    await context.close();
  });
});
