import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

async function expectNoViolationsOf(page: Page, label: string, impacts: Impact[], tags: string[]) {
  // Legacy mode runs axe in the page itself instead of opening a second page to merge results
  // from cross-origin frames. The app has no frames, and it halves the time of each check.
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze();
  const found = results.violations.filter((v) => impacts.includes(v.impact as Impact));
  const report = found.map(
    (v) =>
      `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
      v.nodes
        .slice(0, 5)
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n'),
  );
  expect(found.length, `axe found problems on ${label}:\n${report.join('\n')}`).toBe(0);
}

/** Fails with a readable list if axe finds any serious or critical problem on the page. */
export function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  return expectNoViolationsOf(page, label, ['serious', 'critical'], TAGS);
}

/**
 * Fails with a readable list if axe finds any problem at all: minor ones included, and axe's
 * best practices too (landmark-unique, heading-order, region), which are what a screen reader
 * user navigates by.
 */
export function expectNoViolations(page: Page, label: string): Promise<void> {
  const every: Impact[] = ['minor', 'moderate', 'serious', 'critical'];
  return expectNoViolationsOf(page, label, every, [...TAGS, 'best-practice']);
}

/** True if the page scrolls sideways, which breaks reflow at narrow widths (WCAG 1.4.10). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}
