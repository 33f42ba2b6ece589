// An officer finds a burst of identical answers on the bursts page, sets it aside with a reason,
// sees the report count drop, and puts it back. The page passes axe at desktop and phone widths.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { postJson } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { expectAccessibleAtEveryWidth, openSignedIn } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const STATEMENTS = [
  'know_who_to_contact',
  'listened_to_by_council',
  'needs_will_be_met',
  'communication_improved',
  'trust_ehc_process',
  'information_easy_to_find',
];
const matrix = (column: string) => Object.fromEntries(STATEMENTS.map((s) => [s, column]));

describe.skipIf(!hasChromium)('setting a burst aside', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Awaited<ReturnType<typeof addUser>>;
  let clock = new Date('2026-12-01T09:10:00Z');

  async function answer(answers: Record<string, unknown>) {
    const res = await server.t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
    expect(res.status).toBe(201);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ now: () => clock, env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    officer = await addUser(server.t, 'officer');
    const columns = ['agree', 'disagree', 'neither'];
    for (let i = 0; i < 24; i++) {
      clock = new Date(Date.UTC(2026, 11, 1, 9 + Math.floor(i / 3), 20));
      await answer({ respondent_role: 'parent', confidence: matrix(columns[i % 3] as string) });
    }
    clock = new Date('2026-12-01T20:30:00Z');
    for (let i = 0; i < 40; i++) {
      await answer({ respondent_role: 'parent', confidence: matrix('strongly_agree') });
    }
    clock = new Date('2026-12-02T12:00:00Z');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('drops the batch from the report, and putting it back restores it', async () => {
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/surveys/${SLUG}`,
      officer,
    );
    const problems = watchForPageProblems(page);
    try {
      await expect.poll(() => page.getByText('64 responses.').count()).toBe(1);
      await page.getByRole('link', { name: 'Bursts and identical answers' }).click();
      await page.getByRole('heading', { name: 'Bursts and identical answers', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Group 1: 40 responses' }).waitFor();
      await expect.poll(() => page.getByText('Strongly agree to all 6 statements').count()).toBe(1);
      const unusual = page.getByRole('table', { name: 'Unusual hours' }).getByRole('row');
      await expect.poll(() => unusual.count()).toBe(2);
      expect(await unusual.nth(1).textContent()).toContain('8pm to 9pm');
      await expectAccessibleAtEveryWidth(page, 'the bursts page');

      await page.getByText('Set this group aside (group 1)').click();
      await page.getByRole('button', { name: 'Set these responses aside' }).click();
      await page.getByText('Say why you are setting these responses aside').waitFor();
      await page
        .getByRole('textbox', { name: 'Why are you setting these responses aside?' })
        .fill('40 identical answers in one hour, all strongly agreeing');
      await page.getByRole('button', { name: 'Set these responses aside' }).press('Enter');
      await page.getByRole('status').getByText('40 responses were set aside').waitFor();
      await page.getByText('Every response of this group is set aside.').waitFor();
      await expectAccessibleAtEveryWidth(page, 'the bursts page after setting aside');

      await page.getByRole('link', { name: 'Back to the report' }).click();
      await page.getByText('24 responses. 40 responses set aside, not counted.').waitFor();

      await page.goBack();
      await page.locator('summary', { hasText: 'Put these responses back' }).click();
      await page.getByRole('button', { name: 'Put these responses back' }).click();
      await page.getByRole('status').getByText('40 responses were put back').waitFor();
      await page.getByRole('link', { name: 'Back to the report' }).click();
      await expect.poll(() => page.getByText('64 responses.').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
