// An officer replaces the report's drafted summary with their own words, sees the files use them,
// and goes back to the draft; the report page stays accessible while editing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { startTestServer } from '../support/test-server.ts';
import { hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn } from './support/officer.ts';

const SLUG = 'confidence-pulse';

describe.skipIf(!hasChromium)('the report summary', () => {
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

  it("is written in an officer's words, used by the files, and reset to the draft", async () => {
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/surveys/${SLUG}`,
      officer,
    );
    const problems = watchForPageProblems(page);
    try {
      const summary = page.getByRole('region', { name: 'Summary' });
      await summary.getByText(/people answered this survey\./).waitFor();
      await summary.getByRole('button', { name: /^Edit/ }).click();
      const box = summary.getByRole('textbox', { name: 'Text about “Summary”' });
      await box.fill('Parents told us **communication is getting better**.');
      await expectAccessibleAtEveryWidth(page, 'the report while the summary is edited');
      await summary.getByRole('button', { name: 'Save text' }).click();
      await summary.getByText('Your text is saved. Exports use it from now on.').waitFor();
      const html = await (
        await context.request.get(`${server.url}/api/surveys/${SLUG}/report?format=html`)
      ).text();
      expect(html).toContain('Parents told us <strong>communication is getting better</strong>.');
      // Opened again, the text is the officer's, bold marks and all.
      await page.reload();
      await summary.getByRole('button', { name: /^Edit/ }).click();
      await expect
        .poll(() => box.inputValue())
        .toBe('Parents told us **communication is getting better**.');
      await summary.getByRole('button', { name: 'Cancel' }).click();

      await summary.getByRole('button', { name: /^Reset to the drafted text/ }).click();
      await summary.getByText('The drafted text is back. Exports use it from now on.').waitFor();
      await summary.getByText(/people answered this survey\./).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
