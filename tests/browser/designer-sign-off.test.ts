// Sign-off: only people who can approve a draft (an officer, a forum member) see "Approve this
// draft"; a designer who is neither is told who approves. Officers reach the designer from their
// own pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.ts';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'sign-off-draft';
const json = {
  pages: [{ name: 'p', elements: [{ type: 'comment', name: 'views', title: 'Tell us more' }] }],
};

describe.skipIf(!hasChromium)('sign-off in the designer', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    world = await startDesignerWorld([
      { slug: SLUG, title: 'Needs sign-off', json, requiresApproval: true },
    ]);
  });
  afterAll(async () => world?.close());

  async function approveButtons(person: Awaited<ReturnType<typeof addUser>>) {
    const { page, close } = await world.open(`/designer/surveys/${SLUG}`, person);
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    await page.getByRole('heading', { name: 'Sign-off', exact: true }).waitFor();
    await page.getByText('Still needed: approval by', { exact: false }).waitFor();
    // The page has asked who is signed in once the checks are shown; give it that answer.
    await page.waitForLoadState('networkidle');
    const count = await page.getByRole('button', { name: 'Approve this draft' }).count();
    return { page, count, close };
  }

  it('shows the approve button to an officer and not to a designer outside the forum', async () => {
    const designer = await addUser(world.server.t, 'designer');
    const asDesigner = await approveButtons(designer);
    expect(asDesigner.count).toBe(0);
    await asDesigner.page
      .getByText('An officer or a parent carer forum member approves the draft.')
      .waitFor();
    await asDesigner.close();

    const officer = await addUser(world.server.t, 'officer');
    const asOfficer = await approveButtons(officer);
    expect(asOfficer.count).toBe(1);
    await asOfficer.close();
  });

  it('links officers to the designer from their pages', async () => {
    const officer = await addUser(world.server.t, 'officer');
    const { page, close } = await world.open('/officer', officer);
    await page.getByRole('link', { name: 'Design questionnaires' }).click();
    await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    await close();
  });
});
