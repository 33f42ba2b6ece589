// When things go sideways the team keeps its work: a JSON typing error is read out once they
// pause or leave the box (not at every key), a colleague's save offers "keep mine" or "load
// theirs", approving keeps unsaved edits, only an admin can waive sign-off, and a download with
// settings imports back whole.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDesign } from '../../server/designer-contracts.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, startDesignerWorld } from './support/designer-world.ts';

const json = () => ({
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'boolean', name: 'breaks', title: 'Does your child get short breaks?' },
        { type: 'comment', name: 'why', title: 'What works well?' },
      ],
    },
  ],
});

describe.skipIf(!hasChromium)('the designer when things go sideways', () => {
  let w: DesignerWorld;
  beforeAll(async () => {
    w = await startDesignerWorld();
  });
  afterAll(async () => w?.close());

  const create = (slug: string, extra: Record<string, unknown> = {}) =>
    w.api('POST', '/api/surveys', { slug, title: `Survey ${slug}`, json: json(), ...extra });
  const designOf = (slug: string) => w.api<SurveyDesign>('GET', `/api/surveys/${slug}/design`);
  const titleField = (page: Page) => page.getByLabel('Title', { exact: true });
  async function openSettings(page: Page, slug: string) {
    await page.getByRole('heading', { level: 1, name: `Survey ${slug}` }).waitFor();
    await page.getByRole('tab', { name: 'Settings and wording' }).click();
  }

  it('reads a JSON problem out after typing stops, not at every key', async () => {
    const slug = 'json-typing';
    await create(slug);
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    await page.getByRole('tab', { name: 'Advanced: JSON' }).click();
    const box = page.getByLabel('SurveyJS definition (JSON)');
    await box.click();
    await page.keyboard.press('Control+A');
    await page.evaluate(() => {
      const region = document.getElementById('json-announcement');
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      if (region) {
        new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      }
    });
    const typed = '{"pages": [';
    await page.keyboard.type(typed);
    await page.getByText(/^This is not valid JSON yet/).waitFor();
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    // Every key changed the problem; at most one pause could have read one out.
    expect((await said()).length).toBeLessThanOrEqual(1);
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.keyboard.press('Tab');
    const region = page.locator('#json-announcement');
    await expect.poll(() => region.textContent()).toMatch(/^This is not valid JSON yet/);
    await expectNoSeriousViolations(page, 'the JSON view with a problem');
    await box.fill(JSON.stringify(json(), null, 2));
    await box.blur();
    await expect.poll(() => region.textContent()).toBe('The JSON can be read again.');
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('after a colleague saved, keeps my changes or loads theirs, once confirmed', async () => {
    const slug = 'two-editors';
    await create(slug);
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    await openSettings(page, slug);
    const theirs = (title: string) =>
      w.api('PUT', `/api/surveys/${slug}/draft`, { json: json(), title });
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this draft' });

    await theirs('Their title');
    await titleField(page).fill('My title');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    const ask = conflict.getByRole('group', { name: 'Save your version over theirs?' });
    await ask.getByText(/The changes they saved will be lost/).waitFor();
    await expectNoSeriousViolations(page, 'a conflict, keeping my changes');
    await ask.getByRole('button', { name: 'Yes, save mine over theirs' }).click();
    await page.getByText('Draft saved. All changes are saved.').waitFor();
    expect((await designOf(slug)).draft?.title).toBe('My title');

    await theirs('Their second title');
    await titleField(page).fill('My second title');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await conflict.getByRole('button', { name: 'Load their version' }).click();
    await conflict.getByRole('button', { name: 'Yes, load their version' }).click();
    await expect.poll(() => titleField(page).inputValue()).toBe('Their second title');
    await page.getByText('No unsaved changes.').waitFor();
    expect(problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
    await close();
  }, 120_000);

  it('keeps unsaved edits through an approval, and only lets an admin waive sign-off', async () => {
    const slug = 'signed-off';
    await create(slug, { requiresApproval: true });
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    await openSettings(page, slug);
    await titleField(page).fill('Edited, not saved yet');
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    const needed = page.getByLabel('Needs sign-off by an officer and a forum member', {
      exact: false,
    });
    // The box turns read-only once the page knows who is signed in.
    await page.getByText(/Only an admin can turn this off/).waitFor();
    await expect.poll(() => needed.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Approve this draft' }).click();
    await page.getByRole('status').getByText('You approved this draft.').waitFor();
    await page.getByRole('tab', { name: 'Settings and wording' }).click();
    expect(await titleField(page).inputValue()).toBe('Edited, not saved yet');
    await page.getByText('You have unsaved changes.').waitFor();
    expect(problems).toEqual([]);
    await close();

    const admin = await w.open(`/designer/surveys/${slug}`, w.admin);
    await admin.page.getByRole('tab', { name: 'Checks and publishing' }).click();
    const box = admin.page.getByLabel('Needs sign-off by an officer and a forum member', {
      exact: false,
    });
    await box.uncheck();
    await admin.page.getByText('Publishing no longer needs sign-off.').waitFor();
    expect((await designOf(slug)).survey.requiresApproval).toBe(false);
    expect(admin.problems).toEqual([]);
    await admin.close();
  }, 120_000);

  it('downloads the SurveyJS JSON alone or with settings, which imports back whole', async () => {
    const slug = 'with-settings';
    await create(slug, { settings: { themedQuestions: ['why'] } });
    const { page, problems, close } = await w.open(`/designer/surveys/${slug}`);
    await page.getByText(/"Download JSON" gives the SurveyJS definition/).waitFor();
    const fetched = async (button: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
    };
    const plain = await fetched('Download JSON');
    expect(JSON.parse(plain.text)).toEqual(json());
    const whole = await fetched('Download with settings');
    expect(whole.name).toBe(`${slug}-with-settings.json`);
    expect(JSON.parse(whole.text)).toMatchObject({
      json: json(),
      settings: { themedQuestions: ['why'] },
    });

    await page.goto(`${w.server.url}/designer/new`);
    await page.getByLabel('Title').fill('Copied with settings');
    await page.getByLabel('SurveyJS JSON', { exact: false }).check();
    await page.getByLabel('Or paste the JSON').fill(whole.text);
    await page.getByRole('button', { name: 'Create questionnaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Copied with settings' }).waitFor();
    const copy = await designOf('copied-with-settings');
    expect(copy.draft?.settings.themedQuestions).toEqual(['why']);
    expect(copy.draft?.json).toEqual(json());
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});
