// An administrator adds an account, passes on its one-time link, and disables and enables it; the
// person sets a password through the link and signs in with it. Each role sees only its links.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { postJson } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { DESKTOP, hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn, signInAs } from './support/officer.ts';

const NEW_EMAIL = 'new.officer@council.example';
const NEW_PASSWORD = 'three ordinary words again';

describe.skipIf(!hasChromium)('the accounts pages', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    admin = await addUser(server.t, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signInStatus = async (email: string, password: string) =>
    (await server.t.request('/api/session', postJson({ email, password }))).status;

  it('adds an account whose person sets a password by the link, then disables and enables it', {
    timeout: 240_000,
  }, async () => {
    const { context, page } = await openSignedIn(browser, `${server.url}/officer`, admin);
    const problems = watchForPageProblems(page);
    await page
      .getByRole('navigation', { name: 'Officer pages' })
      .getByRole('link', { name: 'Accounts' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByRole('heading', { name: admin.email }).waitFor();
    await expectAccessibleAtEveryWidth(page, 'the accounts page');

    // Sending the form empty explains what is missing, next to each field.
    await page.getByRole('button', { name: 'Add account' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /^Enter an email address/ }).waitFor();
    await summary.getByRole('link', { name: 'Choose a role' }).waitFor();
    await expectAccessibleAtEveryWidth(page, 'the accounts page with errors');

    await page.getByRole('textbox', { name: 'Email address' }).fill(NEW_EMAIL);
    await page.getByRole('radio', { name: 'Officer' }).check();
    await page.getByRole('button', { name: 'Add account' }).click();
    const added = page.getByRole('status').filter({ hasText: 'Account added' });
    await added.waitFor();
    const link = (await added.locator('code').textContent()) ?? '';
    expect(link).toMatch(new RegExp(`^${server.url}/officer/reset-password\\?token=`));
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: NEW_EMAIL }) });
    await item.getByText('Active').waitFor();
    await expectAccessibleAtEveryWidth(page, 'the accounts page after adding');

    // The new person follows the link, signed out, on their own device.
    const theirs = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    theirs.setDefaultTimeout(60_000);
    const own = await theirs.newPage();
    await own.goto(link);
    await own.getByRole('heading', { level: 1, name: 'Choose a password' }).waitFor();
    expect(own.url()).toBe(`${server.url}/officer/reset-password`);
    await expectAccessibleAtEveryWidth(own, 'the page to choose a password');
    await own.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await own.getByLabel('Type the new password again').fill('something else entirely');
    await own.getByRole('button', { name: 'Set password' }).click();
    await own
      .getByRole('alert')
      .getByRole('link', { name: 'The two passwords are not the same' })
      .waitFor();
    await expectAccessibleAtEveryWidth(own, 'the page to choose a password with an error');
    await own.getByLabel('Type the new password again').fill(NEW_PASSWORD);
    await own.getByRole('button', { name: 'Set password' }).click();
    await own.getByRole('heading', { level: 1, name: 'Your password is set' }).waitFor();
    await own.getByRole('link', { name: 'Sign in with your new password' }).click();
    await signInAs(own, { email: NEW_EMAIL, password: NEW_PASSWORD });
    await own.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    // An officer has no account administration; the designer is where they sign drafts off.
    const nav = own.getByRole('navigation', { name: 'Officer pages' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Surveys',
      'Design questionnaires',
      'Automatic themes',
    ]);
    await theirs.close();

    await item.getByRole('button', { name: `Disable ${NEW_EMAIL}` }).click();
    const confirm = item.getByRole('button', { name: `Yes, disable ${NEW_EMAIL}` });
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessibleAtEveryWidth(page, 'the accounts page asking to confirm');
    await confirm.click();
    await page.getByRole('status').filter({ hasText: 'Account disabled' }).waitFor();
    await item.getByText('Disabled', { exact: true }).waitFor();
    expect(await signInStatus(NEW_EMAIL, NEW_PASSWORD)).toBe(401);

    await item.getByRole('button', { name: `Enable ${NEW_EMAIL}` }).click();
    await item.getByRole('button', { name: `Yes, enable ${NEW_EMAIL}` }).click();
    await page.getByRole('status').filter({ hasText: 'Account enabled' }).waitFor();
    expect(await signInStatus(NEW_EMAIL, NEW_PASSWORD)).toBe(200);

    await item.getByRole('button', { name: `Make a password link for ${NEW_EMAIL}` }).click();
    await item.getByRole('button', { name: `Yes, make a link ${NEW_EMAIL}` }).click();
    const made = page.getByRole('status').filter({ hasText: 'New link made' });
    expect(await made.locator('code').textContent()).toMatch(/\/officer\/reset-password\?token=/);

    const audit = await server.db.selectFrom('audit_log').select('action').execute();
    const actions = audit.map((a) => a.action);
    for (const action of ['user.create', 'user.disable', 'user.enable', 'user.reset_link']) {
      expect(actions).toContain(action);
    }
    expect(problems.filter((p) => !/status of 40[13]/.test(p))).toEqual([]);
    await context.close();
  });

  it('shows designers the way to the questionnaire designer, and refuses them accounts', async () => {
    const designer = await addUser(server.t, 'designer');
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/accounts`,
      designer,
    );
    await page.getByRole('heading', { level: 1, name: 'You cannot see this page' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Officer pages' });
    const design = nav.getByRole('link', { name: 'Design questionnaires' });
    expect(await design.getAttribute('href')).toBe('/designer/');
    expect(await nav.getByRole('link', { name: 'Accounts' }).count()).toBe(0);
    await context.close();
  });

  it('explains a link that has already been used', async () => {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`${server.url}/officer/reset-password?token=not-a-real-token`);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Type the new password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page
      .getByRole('alert')
      .getByText(/Ask an administrator for a new one/)
      .waitFor();
    await context.close();
  });
});
