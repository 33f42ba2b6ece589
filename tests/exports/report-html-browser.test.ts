// The HTML report in a real browser: axe finds no serious accessibility problem, and a report full
// of hostile text runs no script, opens no dialog and loads nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportHtml } from '../../server/exports/report-html.ts';
import { expectNoSeriousViolations } from '../browser/support/axe.ts';
import { DESKTOP, hasChromium, launchChromium } from '../browser/support/browser.ts';
import { hostilePayloads } from './hostile-text.ts';
import { hostileReport, sampleReport } from './sample-report.ts';

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string) {
    const page = await browser.newPage(DESKTOP);
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, problems };
  }

  it('has no serious accessibility problem and fits a narrow screen', async () => {
    const { page, problems } = await open(reportHtml(sampleReport()));
    await expectNoSeriousViolations(page, 'the HTML report');
    await page.setViewportSize({ width: 320, height: 800 });
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  const payloads = hostilePayloads() ?? [];

  it.skipIf(payloads.length === 0)('runs nothing from hostile text', async () => {
    const { page, problems } = await open(reportHtml(hostileReport(payloads)));
    // Give an injected autofocus or onerror handler the chance to fire.
    await page.waitForTimeout(200);
    expect(problems).toEqual([]);
    expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
    await page.close();
  });
});
