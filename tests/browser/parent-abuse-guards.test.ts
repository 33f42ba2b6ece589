// The parent's side of rate limits and bot discards: a 429 keeps the answers and sends them again
// when it said, the hidden field is out of everyone's way, and the time since Start counts a
// resumed visit and an offline retry, so neither is ever taken for a bot.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countBotDiscardsBySurvey } from '../../db/bot-discards-repository.ts';
import { listResponses } from '../../db/responses-repository.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import {
  hasChromium,
  launchChromium,
  PHONE,
  readDraft,
  waitForFocusedHeading,
  watchForPageProblems,
} from './support/browser.ts';

const SLUG = 'confidence-pulse';
const SENT = 'Your answers have been sent';

describe.skipIf(!hasChromium)('a parent sending answers past the guards against abuse', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ botCheck: 'on' }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage() {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    // The page's clock, so minutes of a parent's thinking pass without the test waiting for them.
    await page.clock.install({ time: new Date('2026-12-07T10:00:00Z') });
    const posts: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/responses')) posts.push(request);
    });
    return { page, posts, problems: watchForPageProblems(page) };
  }

  async function startAndAnswer(page: Page) {
    await page.goto(`${server.url}/s/${SLUG}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('A carer (for example', { exact: false }).click();
  }

  const sendAnswers = (page: Page) => page.getByRole('button', { name: 'Send my answers' }).click();
  const stored = async () => (await listResponses(server.db, SLUG)).length;
  const discarded = async () => {
    const survey = await server.db
      .selectFrom('surveys')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    return (await countBotDiscardsBySurvey(server.db)).get(survey.id) ?? 0;
  };
  const bodyOf = (request: Request | undefined) =>
    (request?.postDataJSON() ?? {}) as { website?: string; elapsedSeconds?: number };

  it('on a 429 keeps the answers, says when it will try again, and then sends them', async () => {
    const { page, posts, problems } = await openPage();
    let refused = false;
    await page.route('**/api/surveys/*/responses', (route) => {
      if (refused) return route.continue();
      refused = true;
      return route.fulfill({
        status: 429,
        headers: { 'Retry-After': '3', 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { code: 'too_many_requests', message: 'Too many.' } }),
      });
    });
    const before = await stored();
    await startAndAnswer(page);
    await page.clock.fastForward('02:00');
    await sendAnswers(page);

    await waitForFocusedHeading(page, 'We will send your answers in a moment');
    await page.getByText('We will try again in 3 seconds.', { exact: false }).waitFor();
    expect((await readDraft(page, SLUG))?.data).toMatchObject({ respondent_role: 'carer' });
    await expectNoSeriousViolations(page, 'the page waiting to send again');
    await page.clock.fastForward('00:04');
    await waitForFocusedHeading(page, SENT);

    expect(posts).toHaveLength(2);
    expect(posts[1]?.headers()['idempotency-key']).toBe(posts[0]?.headers()['idempotency-key']);
    expect(await stored()).toBe(before + 1);
    expect(problems.filter((p) => !/status of 429/.test(p))).toEqual([]);
    await page.context().close();
  });

  it('has a hidden field nobody can reach, and sends it empty with the time since Start', async () => {
    const { page, posts } = await openPage();
    await startAndAnswer(page);
    const honeypot = page.locator('input[name="website"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await page.locator('[aria-hidden="true"] input[name="website"]').count()).toBe(1);
    expect((await honeypot.boundingBox())?.x ?? 0).toBeLessThan(-1000);
    expect(await page.getByRole('textbox', { name: 'Website' }).count()).toBe(0);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).not.toBe(
        'website',
      );
    }
    await expectNoSeriousViolations(page, 'the questions with the hidden field');
    // Off-screen on the side no page scrolls to, in right-to-left languages too.
    for (const dir of ['rtl', 'ltr']) {
      await page.evaluate((d) => document.documentElement.setAttribute('dir', d), dir);
      expect(await scrollsSideways(page), `scrolls sideways (${dir})`).toBe(false);
    }

    await page.clock.fastForward('03:00');
    const before = await stored();
    await sendAnswers(page);
    await waitForFocusedHeading(page, SENT);
    expect(bodyOf(posts[0]).website).toBe('');
    expect(bodyOf(posts[0]).elapsedSeconds).toBeGreaterThanOrEqual(180);
    expect(await stored()).toBe(before + 1);
    await page.context().close();
  });

  it('is taken for a bot when a program fills the hidden field: thanked, and nothing stored', async () => {
    const { page } = await openPage();
    await startAndAnswer(page);
    await page
      .locator('input[name="website"]')
      .fill('https://cheap-pills.example', { force: true });
    await page.clock.fastForward('03:00');
    const [before, discardsBefore] = [await stored(), await discarded()];
    await sendAnswers(page);
    await waitForFocusedHeading(page, SENT);
    expect(await stored()).toBe(before);
    expect(await discarded()).toBe(discardsBefore + 1);
    await page.context().close();
  });

  it('who comes back later and sends at once is counted from the first visit, and stored', async () => {
    const { page, posts } = await openPage();
    await startAndAnswer(page);
    await page.clock.fastForward('10:00');
    await page.reload();
    await page.getByText('Welcome back.', { exact: false }).waitFor();
    const [before, discardsBefore] = [await stored(), await discarded()];
    await sendAnswers(page);
    await waitForFocusedHeading(page, SENT);
    expect(bodyOf(posts[0]).elapsedSeconds).toBeGreaterThanOrEqual(600);
    expect(await stored()).toBe(before + 1);
    expect(await discarded()).toBe(discardsBefore);
    await page.context().close();
  });

  it('whose first send was cut off and retried is stored once, not discarded', async () => {
    const { page, posts } = await openPage();
    let cutOff = false;
    await page.route('**/api/surveys/*/responses', (route) => {
      if (cutOff) return route.continue();
      cutOff = true;
      return route.abort('internetdisconnected');
    });
    await startAndAnswer(page);
    await page.clock.fastForward('01:00');
    const [before, discardsBefore] = [await stored(), await discarded()];
    await sendAnswers(page);
    await waitForFocusedHeading(page, 'Sorry, your answers have not been sent');
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForFocusedHeading(page, SENT);
    expect(bodyOf(posts[1]).elapsedSeconds).toBeGreaterThanOrEqual(60);
    expect(await stored()).toBe(before + 1);
    expect(await discarded()).toBe(discardsBefore);
    await page.context().close();
  });
});
