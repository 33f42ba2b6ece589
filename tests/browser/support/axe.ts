import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with a readable list if axe finds any serious or critical problem on the page. */
export function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  return expectViolationsBelow(
    page,
    label,
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}

/**
 * Fails if axe finds any problem at all, whatever its impact, including best-practice rules such
 * as heading-order and landmark-unique. For the pages already held to that standard.
 */
export function expectNoViolations(page: Page, label: string): Promise<void> {
  return expectViolationsBelow(page, label, () => true, [...TAGS, 'best-practice']);
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

async function expectViolationsBelow(
  page: Page,
  label: string,
  counts: (v: Violation) => boolean,
  tags = TAGS,
): Promise<void> {
  // Legacy mode runs axe in the page itself instead of opening a second page to merge results
  // from cross-origin frames. The app has no frames, and it halves the time of each check.
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze();
  const serious = results.violations.filter(counts);
  const report = serious.map(
    (v) =>
      `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
      v.nodes
        .slice(0, 5)
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n'),
  );
  expect(serious.length, `axe found problems on ${label}:\n${report.join('\n')}`).toBe(0);
}

/** True if the page scrolls sideways, which breaks reflow at narrow widths (WCAG 1.4.10). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}
