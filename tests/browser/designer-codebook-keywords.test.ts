// A designer editing a codebook sees how to write keywords next to the lists, and a save with
// lines the tagger could not use is refused before anything is sent, naming each line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/axe.ts';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, startDesignerWorld } from './support/designer-world.ts';

describe.skipIf(!hasChromium)('keywords in the codebook editor', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld();
  });
  afterAll(async () => world?.close());

  const version = async () =>
    (await world.api<{ version: number }>('GET', '/api/codebooks/send-default')).version;

  it('explains the keyword syntax and names each bad line before saving', async () => {
    const before = await version();
    const { page, problems, close } = await world.open('/designer/codebooks');
    const saves: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' || r.method() === 'POST') saves.push(new URL(r.url()).pathname);
    });
    await page.getByRole('link', { name: 'SEND parent voice (default)' }).click();
    await page.getByRole('heading', { level: 1, name: 'SEND parent voice (default)' }).waitFor();

    await page.getByRole('button', { name: 'Add a theme' }).click();
    const card = page.locator('.theme-card').last();
    await card.getByText('How to write words and phrases').waitFor();
    await card.getByText('therap*', { exact: true }).waitFor();
    await card.getByRole('textbox', { name: 'Theme name' }).fill('School transport');
    const strong = card.getByRole('textbox', { name: 'Strong words and phrases' });
    await strong.fill('minibus\nta*\n"school bus"');
    await card.getByRole('textbox', { name: 'Phrases that cancel a match' }).fill('no #bus');
    // Nothing is marked while the lines are being typed.
    expect(await strong.getAttribute('aria-invalid')).toBeNull();

    const sentBefore = saves.length;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const box = page.getByRole('alert').filter({ hasText: 'Fix these before you save' });
    await box.getByText(/strong words, line ‘ta\*’: put at least 3 letters before \*/).waitFor();
    await box
      .getByText(/line ‘"school bus"’: put double quotes round one word at a time/)
      .waitFor();
    await box.getByText(/words that cancel a match, line ‘no #bus’: # stands on its own/).waitFor();
    expect(await strong.getAttribute('aria-invalid')).toBe('true');
    await card.getByText('‘ta*’: put at least 3 letters before *', { exact: false }).waitFor();
    await expectNoSeriousViolations(page, 'a codebook with keyword lines to fix');
    expect(saves.slice(sentBefore)).toEqual([]);

    await strong.fill('minibus\ntaxi*\n"bus"');
    await card.getByRole('textbox', { name: 'Phrases that cancel a match' }).fill('no bus');
    // Once fixed, the marks go as the lines are corrected.
    await expect.poll(() => strong.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(`Saved as version ${before + 1}.`, { exact: false }).waitFor();
    expect(await version()).toBe(before + 1);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});
