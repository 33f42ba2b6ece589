// Asking for sign-off (#14 point 5): a designer names an officer and a forum member; each sees the
// request where they land on signing in, follows its link to the draft's checks and approves
// there; once approved, the request is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { expectNoViolations } from './support/axe.ts';
import { hasChromium } from './support/browser.ts';
import { type DesignerWorld, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'asked-draft';
const TITLE = 'Short breaks survey';
const json = {
  pages: [{ name: 'p', elements: [{ type: 'comment', name: 'views', title: 'Tell us more' }] }],
};

describe.skipIf(!hasChromium)('asking colleagues for sign-off', () => {
  let world: DesignerWorld;
  let officer: Awaited<ReturnType<typeof addUser>>;
  let forumMember: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    world = await startDesignerWorld([{ slug: SLUG, title: TITLE, json, requiresApproval: true }]);
    officer = await addUser(world.server.t, 'officer');
    forumMember = await addUser(world.server.t, 'designer', { forumMember: true });
  });
  afterAll(async () => world?.close());

  it('lets a designer ask named colleagues, who see the request on signing in', {
    timeout: 180_000,
  }, async () => {
    const asker = await addUser(world.server.t, 'designer');
    const asking = await world.open(`/designer/surveys/${SLUG}`, asker);
    const { page } = asking;
    await page.getByRole('tab', { name: 'Checks and publishing' }).click();
    const ask = page.getByRole('button', { name: 'Ask for sign-off' });
    await ask.click();
    await page.getByText('Choose at least one person to ask.').waitFor();
    await page.getByLabel(`${officer.email} (officer)`).check();
    await page.getByLabel(`${forumMember.email} (parent carer forum member)`).check();
    await ask.click();
    await page
      .getByText(`You asked ${officer.email} and ${forumMember.email} to sign off this draft.`)
      .waitFor();
    await page.getByRole('list', { name: 'Colleagues asked to sign off' }).waitFor();
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoViolations(page, `the checks tab after asking at ${width} px`);
    }
    await asking.close();

    const asOfficer = await world.open('/officer', officer);
    const waiting = asOfficer.page.getByRole('region', { name: 'Waiting for your sign-off' });
    await waiting.waitFor();
    await expect.poll(() => waiting.textContent()).toContain(`Asked by ${asker.email}`);
    for (const width of [320, 390, 1024, 1280]) {
      await asOfficer.page.setViewportSize({ width, height: 900 });
      await expectNoViolations(asOfficer.page, `the officer home with a request at ${width} px`);
    }
    await waiting.getByRole('link', { name: `${TITLE}: the draft and its checks` }).click();
    await asOfficer.page
      .getByRole('tab', { name: 'Checks and publishing', selected: true })
      .waitFor();
    await asOfficer.page.getByRole('button', { name: 'Approve this draft' }).click();
    await asOfficer.page.getByText('You approved this draft.').waitFor();
    await asOfficer.page.goto(`${world.server.url}/officer`);
    await asOfficer.page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    await asOfficer.page.waitForLoadState('networkidle');
    expect(await asOfficer.page.getByText('Waiting for your sign-off').count()).toBe(0);
    await asOfficer.close();

    const asForum = await world.open('/designer', forumMember);
    const forumWaiting = asForum.page.getByRole('region', { name: 'Waiting for your sign-off' });
    await forumWaiting.getByRole('link', { name: `${TITLE}: the draft and its checks` }).waitFor();
    await expectNoViolations(asForum.page, 'the designer home with a sign-off request');
    await asForum.close();
  });

  it('refuses to ask someone who cannot approve', async () => {
    const plainDesigner = await addUser(world.server.t, 'designer');
    const token = await tokenFor(world.server.t, world.designer.id);
    const res = await world.server.t.request(
      `/api/surveys/${SLUG}/sign-off-requests`,
      asToken(token, 'POST', { userIds: [plainDesigner.id] }),
    );
    expect(res.status).toBe(400);
  });
});
