// Drives the system's Chromium (never a downloaded one) for the browser tests.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  const message = `Browser tests need Chromium at ${CHROMIUM_PATH} (Debian package "chromium").`;
  // On a developer's machine a missing browser should not block other work; in CI it must.
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`Skipping browser tests. ${message}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  reducedMotion: 'reduce' as const,
};
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/**
 * Collects script errors and console errors, which include Content Security Policy violations.
 * 404s are left out: the "not found" pages expect them.
 */
export function watchForPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

/** The draft kept in localStorage for a questionnaire, parsed, or null. */
export async function readDraft(page: Page, slug: string): Promise<Record<string, unknown> | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), `send-voice:draft:${slug}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

/** Waits for the focused element to be a heading with this text, and returns its tag. */
export async function waitForFocusedHeading(page: Page, text: string): Promise<string> {
  const handle = await page.waitForFunction((expected) => {
    const el = document.activeElement;
    return el && /^H[1-6]$/.test(el.tagName) && el.textContent?.trim() === expected
      ? el.tagName
      : false;
  }, text);
  return (await handle.jsonValue()) as string;
}
