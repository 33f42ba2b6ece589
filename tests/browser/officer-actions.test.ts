// An officer writes "What we will do" for a survey: finds the page from the report, is told what is
// missing, adds an action linked to a theme and a question, changes it and deletes it. The page
// passes axe at desktop and phone widths, with and without errors.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { startTestServer } from '../support/test-server.ts';
import { hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn } from './support/officer.ts';

const SLUG = 'confidence-pulse';

describe.skipIf(!hasChromium)('actions: what we will do', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    officer = await addUser(server.t, 'officer');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('are added, changed and deleted by an officer', async () => {
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/surveys/${SLUG}`,
      officer,
    );
    const problems = watchForPageProblems(page);
    try {
      await page.getByRole('link', { name: 'What we will do: actions' }).click();
      await page.getByRole('heading', { name: 'What we will do', level: 1 }).waitFor();
      await page.getByText('There are no actions for this survey yet.').waitFor();
      await expectAccessibleAtEveryWidth(page, 'the actions page');

      const add = page.getByRole('region', { name: 'Add an action' });
      await add.getByRole('button', { name: 'Add action' }).click();
      await add.getByText('Enter a title for the action.').waitFor();
      await add.getByText('Say in plain English what will be done.').waitFor();
      expect(await add.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBe(
        'true',
      );
      await expectAccessibleAtEveryWidth(page, 'the actions page with errors');

      await add.getByRole('textbox', { name: 'Title' }).fill('Reply to every email');
      await add
        .getByRole('textbox', { name: 'What will be done' })
        .fill('The SEND team will answer every email within ten working days.');
      await add.getByRole('radio', { name: 'In progress' }).check();
      await add.getByRole('checkbox', { name: 'Public: show it in published reports' }).check();
      await add.getByRole('checkbox', { name: 'Communication', exact: true }).check();
      await add.getByRole('button', { name: 'Add action' }).click();
      await page
        .getByRole('status')
        .getByText('The action "Reply to every email" was added.')
        .waitFor();

      const list = page.getByRole('list', { name: 'Actions' });
      const item = list.getByRole('listitem').filter({ hasText: 'Reply to every email' });
      await item.getByText('Themes: Communication').waitFor();
      await item.getByText('In progress').waitFor();
      await item.getByText('Public', { exact: true }).waitFor();
      await expectAccessibleAtEveryWidth(page, 'the actions page with an action');

      await item.getByText('Updates, easy read and sign-off').click();
      await item
        .getByRole('textbox', { name: 'What has happened' })
        .fill('Two caseworkers started.');
      await item.getByRole('button', { name: 'Add update' }).click();
      await item.getByText('The update was added.').waitFor();
      await item.getByRole('listitem').filter({ hasText: 'Two caseworkers started.' }).waitFor();
      await item.getByRole('textbox', { name: 'Easy-read title' }).fill('We will answer emails');
      await item
        .getByRole('textbox', { name: 'Easy-read description' })
        .fill('We will answer your email in two weeks.');
      await item.getByRole('button', { name: 'Add easy read' }).click();
      await item.getByText('The easy read was saved.').waitFor();
      await expectAccessibleAtEveryWidth(page, 'the actions page with an action’s updates');

      await item.getByRole('button', { name: 'Change Reply to every email' }).click();
      await item.getByRole('textbox', { name: 'Title' }).fill('Reply to every email and call');
      await item.getByRole('radio', { name: 'Done' }).check();
      await item.getByRole('button', { name: 'Save changes' }).click();
      await page
        .getByRole('status')
        .getByText('The action "Reply to every email and call" was changed.')
        .waitFor();
      const stored = await server.t.deps.db
        .selectFrom('actions')
        .select(['title', 'status', 'public'])
        .execute();
      expect(stored).toEqual([
        { title: 'Reply to every email and call', status: 'done', public: 1 },
      ]);

      const changed = list
        .getByRole('listitem')
        .filter({ hasText: 'Reply to every email and call' });
      await changed.getByRole('button', { name: 'Delete Reply to every email and call' }).click();
      await changed.getByRole('button', { name: 'Yes, delete it' }).click();
      await page
        .getByRole('status')
        .getByText('The action "Reply to every email and call" was deleted.')
        .waitFor();
      await page.getByText('There are no actions for this survey yet.').waitFor();
      expect(await server.t.deps.db.selectFrom('actions').selectAll().execute()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
