// The "show only if" editor at the widths the engagement team use: every dropdown keeps a usable
// width and stays clear of the preview from 1024 px up, and at 1280 px zoomed to 200% (640 CSS
// pixels wide) the editor takes one column and the condition can still be changed.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, openEditor, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'condition-layout';
const Q1 = 'Does your child have an EHC plan, or is one being written at the moment?';
const Q2 = 'What would you change about the plan?';
const json = {
  pages: [
    {
      name: 'plan',
      elements: [
        {
          type: 'radiogroup',
          name: 'has_plan',
          title: Q1,
          choices: [
            { value: 'yes', text: 'Yes, my child has an EHC plan' },
            { value: 'being_written', text: 'One is being written' },
            { value: 'no', text: 'No' },
          ],
        },
        { type: 'comment', name: 'change', title: Q2, visibleIf: "{has_plan} = 'yes'" },
      ],
    },
  ],
};
/** Narrower than this and a dropdown's choice cannot be read. */
const MIN_WIDTH = 150;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, 'the element is on the page').not.toBeNull();
  return found as Box;
}

async function openCondition(page: Page): Promise<Locator> {
  const card = page.locator('.question-card', { hasText: Q2 });
  await card.getByRole('button', { name: /^Edit/ }).click();
  const condition = card.getByRole('group', { name: 'Show this question only if' });
  await condition.waitFor();
  return condition;
}

async function dropdowns(condition: Locator): Promise<Box[]> {
  const labels = ['The answer to', 'Comparison', 'Answer'];
  return Promise.all(labels.map((l) => box(condition.getByLabel(l, { exact: true }))));
}

describe.skipIf(!hasChromium)('the condition editor’s layout', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld([
      { slug: SLUG, title: 'Plans', json, requiresApproval: false },
    ]);
  });
  afterAll(async () => world?.close());

  for (const width of [1024, 1280, 1440]) {
    it(`keeps every dropdown readable and clear of the preview at ${width} px`, async () => {
      const { page, close } = await openEditor(world, SLUG);
      await page.setViewportSize({ width, height: 900 });
      const condition = await openCondition(page);
      await condition.scrollIntoViewIfNeeded();
      const preview = await box(page.locator('.editor-layout__preview'));
      const fields = await dropdowns(condition);
      for (const field of fields) {
        expect(field.width).toBeGreaterThanOrEqual(MIN_WIDTH);
        expect(overlaps(field, preview)).toBe(false);
        expect(field.x + field.width).toBeLessThanOrEqual(preview.x);
      }
      for (const [i, a] of fields.entries())
        for (const b of fields.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      await close();
    });
  }

  it('reflows to one column at 1280 px zoomed to 200% and still works', async () => {
    const { page, close } = await openEditor(world, SLUG);
    // A 1280 px window at 200% zoom lays the page out 640 CSS pixels wide.
    await page.setViewportSize({ width: 640, height: 450 });
    const condition = await openCondition(page);
    const fields = await dropdowns(condition);
    const conditionBox = await box(condition);
    for (const field of fields) {
      expect(field.width).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(field.x + field.width).toBeLessThanOrEqual(conditionBox.x + conditionBox.width);
    }
    // One column: each dropdown sits below the one before.
    for (const [i, field] of fields.slice(1).entries())
      expect(field.y).toBeGreaterThanOrEqual((fields[i]?.y ?? 0) + (fields[i]?.height ?? 0));
    const preview = await box(page.locator('.editor-layout__preview'));
    expect(preview.y).toBeGreaterThanOrEqual(conditionBox.y + conditionBox.height);
    expect(
      await page.evaluate(
        () => scrollX === 0 && document.documentElement.scrollWidth <= innerWidth,
      ),
    ).toBe(true);

    await condition
      .getByLabel('Answer', { exact: true })
      .selectOption({ label: 'One is being written' });
    await page.getByText('You have unsaved changes.').waitFor();
    await close();
  });
});
