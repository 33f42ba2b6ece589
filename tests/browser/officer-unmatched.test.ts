// An officer opens "Themes nobody listed" for a question, sees the answers no theme matched in
// groups with suggested names, and hands one to a designer, whose codebook page opens with the new
// theme filled in; "Check the coding" says how many answers are checked. The pages pass axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { hasChromium, watchForPageProblems } from './support/browser.ts';
import {
  expectAccessibleAtEveryWidth,
  type OfficerWorld,
  openSignedIn,
  startOfficerWorld,
} from './support/officer.ts';

const SLUG = 'confidence-pulse';
const QUESTION = 'improve_confidence';
// Composed for this test.
const ANSWERS = [
  'The vision is not child-focused at all, it reads like it was written for the council.',
  'It is not child focused. Where are the children in this?',
  'Feels corporate and not child-focused, my son would not understand a word of it.',
  'Somebody has to hold leaders to account for once.',
  'Who will hold the leaders to account if nothing changes again?',
];
// Answers with themes, so that the report shows the question at all.
const THEMED = Array.from(
  { length: 12 },
  (_, i) => `Quicker EHC plans and someone who calls back (${i + 1})`,
);

describe.skipIf(!hasChromium)('themes nobody listed', () => {
  let world: OfficerWorld;

  beforeAll(async () => {
    world = await startOfficerWorld(SLUG, QUESTION, [...ANSWERS, ...THEMED]);
  }, 120_000);
  afterAll(async () => {
    await world?.browser.close();
    await world?.server.close();
  });

  it('groups the answers no theme matched and hands a group to a designer', async () => {
    const { browser, server, officer } = world;
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/surveys/${SLUG}`,
      officer,
    );
    const problems = watchForPageProblems(page);
    await page
      .getByRole('link', { name: /^Themes nobody listed/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Themes nobody listed' }).waitFor();
    const groups = page.getByRole('heading', { level: 2 });
    await groups.first().waitFor();
    expect(await groups.allTextContents()).toEqual([
      '“child focused”: 3 answers',
      '“hold leaders to account”: 2 answers',
    ]);
    await page.getByText('5 of 17 answers to this question matched no theme.').waitFor();
    await page.getByText('Where are the children in this?').waitFor();
    await expectAccessibleAtEveryWidth(page, 'the unmatched answers in groups');
    const href = await page
      .getByRole('link', { name: 'Add “child focused” as a theme' })
      .getAttribute('href');
    expect(href).toMatch(/^\/designer\/codebooks\/[^?]+\?theme=child\+focused&keyword=/);
    expect(problems).toEqual([]);
    await context.close();

    const designer = await addUser(server.t, 'designer');
    const opened = await openSignedIn(browser, `${server.url}${href}`, designer);
    const card = opened.page.locator('.theme-card').last();
    const name = card.getByRole('textbox', { name: 'Theme name' });
    await name.waitFor();
    expect(await name.inputValue()).toBe('child focused');
    expect(await card.getByRole('textbox', { name: 'Strong words and phrases' }).inputValue()).toBe(
      'child focused',
    );
    await expectNoSeriousViolations(opened.page, 'the codebook with a suggested theme');
    await opened.context.close();
  }, 180_000);

  it('says on "Check the coding" how many answers are checked', async () => {
    const { browser, server, officer } = world;
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/surveys/${SLUG}/coding?question=${QUESTION}`,
      officer,
    );
    const problems = watchForPageProblems(page);
    await page.getByText('0 of 17 answers checked.').waitFor();
    await expectNoSeriousViolations(page, 'the coding page with its progress');
    // Confirming an answer as it stands saves it; there is no Save per answer any more.
    await page
      .getByRole('button', { name: /^Confirm, next answer/ })
      .first()
      .click();
    await page.getByText('Saved the themes for answer 1.').waitFor();
    await page.getByText('1 of 17 answers checked.').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
