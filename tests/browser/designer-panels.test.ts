// The designer's publishing, sharing and codebook panels: the team reads the checks, signs off,
// is told in plain words why a publish was refused, publishes, makes access codes, and previews
// a codebook change against answers already given before saving it. Every state passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { postJson } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';
import { expectNoSeriousViolations, scrollsSideways } from './support/axe.ts';
import { DESKTOP, hasChromium, launchChromium, watchForPageProblems } from './support/browser.ts';
import { signInAs } from './support/officer.ts';

const TRAVEL = 'How does your child get to school?';
const VIEW = 'What do you think of your EHCP?';

function surveyJson(choices: string[], withTravel = true) {
  const travel = { type: 'radiogroup', name: 'travel', title: TRAVEL, choices };
  const view = { type: 'comment', name: 'plan_view', title: VIEW };
  return { pages: [{ name: 'only', elements: withTravel ? [travel, view] : [view] }] };
}

describe.skipIf(!hasChromium)('the designer panels', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let designer: Awaited<ReturnType<typeof addUser>>;
  let officer: Awaited<ReturnType<typeof addUser>>;
  let designerToken: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ env: { NODE_ENV: 'test' } }),
      launchChromium(),
    ]);
    designer = await addUser(server.t, 'designer', { forumMember: true });
    officer = await addUser(server.t, 'officer');
    designerToken = await tokenFor(server.t, designer.id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function api(method: string, path: string, body?: unknown) {
    const res = await server.t.request(path, asToken(designerToken, method, body));
    expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
    return res.json() as Promise<Record<string, unknown>>;
  }

  async function createSurvey(slug: string, json: unknown, extra: Record<string, unknown> = {}) {
    await api('POST', '/api/surveys', { slug, title: `Survey ${slug}`, json, ...extra });
  }

  async function openDesigner(path: string, person = designer) {
    const context = await browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForPageProblems(page);
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInAs(page, person);
    return { context, page, problems };
  }

  async function openTab(page: Page, slug: string, tab: string) {
    await page.getByRole('heading', { level: 1, name: `Survey ${slug}` }).waitFor();
    await page.getByRole('tab', { name: tab }).click();
  }

  const problemBox = (page: Page) => page.locator('.error-summary[role="alert"]');

  it('lists the checks, errors first, and explains a publish refused for them', async () => {
    const slug = 'panel-checks';
    await createSurvey(slug, surveyJson([]));
    const { context, page, problems } = await openDesigner(`/designer/surveys/${slug}`);
    await openTab(page, slug, 'Checks and publishing');

    await page.getByText('1 problem stops this draft from being published.').waitFor();
    const errors = page.locator('.check-group--error');
    await errors.getByRole('heading', { name: /^Problems to fix before publishing/ }).waitFor();
    await errors.getByText(`"${TRAVEL}"`).waitFor();
    await errors.getByText('Question "travel" has no choices.').waitFor();
    const hints = page.locator('.check-group--warning', {
      has: page.getByRole('heading', { name: /^Plain English hints/ }),
    });
    await hints.getByText(/EHCP/).first().waitFor();
    await page.getByText(/^Estimated reading age: \d+/).waitFor();
    const order = await page.locator('.check-group h4').allTextContents();
    expect(order[0]).toMatch(/^Problems to fix/);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await problemBox(page).getByText('This draft has problems to fix first').waitFor();
    await problemBox(page).getByText('travel: Question "travel" has no choices.').waitFor();
    expect(await problemBox(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoSeriousViolations(page, 'the checks with a refused publish');
    expect(problems.filter((p) => !/status of (401|409)/.test(p))).toEqual([]);
    await context.close();
  }, 120_000);

  it('takes sign-off from a forum member and an officer, then publishes', async () => {
    const slug = 'panel-sign-off';
    await createSurvey(slug, surveyJson(['Bus', 'Car']), { requiresApproval: true });
    const { context, page, problems } = await openDesigner(`/designer/surveys/${slug}`);
    await openTab(page, slug, 'Checks and publishing');

    await page.getByText('No problems stop this draft from being published.').waitFor();
    await page.getByText('Nobody has approved this draft yet.').waitFor();
    await page.getByText(/Any change to the draft clears its approvals/).waitFor();
    await page.getByRole('button', { name: 'Approve this draft' }).click();
    await page
      .getByText(`Approved by ${designer.email} as a parent carer forum member`, { exact: false })
      .waitFor();
    await page.getByRole('status').getByText('You approved this draft.').waitFor();
    await page.getByText('Still needed: approval by an officer.').waitFor();

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await problemBox(page).getByText('This draft needs sign-off first').waitFor();
    await problemBox(page).getByText('Still needed: approval by an officer.').waitFor();
    await expectNoSeriousViolations(page, 'a publish refused for want of sign-off');

    // The officer approves from their own browser, where publishing is not offered.
    const other = await openDesigner(`/designer/surveys/${slug}`, officer);
    await openTab(other.page, slug, 'Checks and publishing');
    await other.page
      .getByText('Only designers can publish, close or change the dates of a survey.')
      .waitFor();
    expect(await other.page.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
    await other.page.getByRole('button', { name: 'Approve this draft' }).click();
    await other.page
      .getByText(`Approved by ${officer.email} as an officer`, { exact: false })
      .waitFor();
    expect(other.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await other.context.close();

    await page.reload();
    await openTab(page, slug, 'Checks and publishing');
    await page.getByText(`Approved by ${officer.email} as an officer`, { exact: false }).waitFor();
    await page.getByLabel('Closes (optional)').fill('2027-01-31T17:00');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/^Published as version 1\./).waitFor();
    await page
      .getByRole('table')
      .getByRole('row', { name: /Version 1 Parents see this one/ })
      .waitFor();
    await expectNoSeriousViolations(page, 'the publishing tab after publishing');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    const design = await api('GET', `/api/surveys/${slug}/design`);
    // Dates are UK time: 5pm on 31 January is 17:00 UTC.
    expect(design.survey).toMatchObject({
      status: 'open',
      currentVersion: 1,
      closesAt: '2027-01-31T17:00:00.000Z',
    });
    expect(problems.filter((p) => !/status of (401|409)/.test(p))).toEqual([]);
    await context.close();
  }, 120_000);

  it('refuses to publish a removed question in plain words, and closes the survey', async () => {
    const slug = 'panel-breaking';
    await createSurvey(slug, surveyJson(['Bus', 'Car']));
    await api('POST', `/api/surveys/${slug}/publish`, {});
    // Removing a question parents have answered would orphan their answers.
    await api('PUT', `/api/surveys/${slug}/draft`, { json: surveyJson([], false) });
    const { context, page, problems } = await openDesigner(`/designer/surveys/${slug}`);
    await openTab(page, slug, 'Checks and publishing');

    const errors = page.locator('.check-group--error');
    await errors.getByText(/"travel" was published in version 1 and cannot be removed/).waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const refused = problemBox(page);
    await refused.getByText('This draft would break answers already given').waitFor();
    await refused.getByText(/You removed or changed the type of a question/).waitFor();
    await refused.getByText(/^travel: "travel" was published in version 1/).waitFor();
    await expectNoSeriousViolations(page, 'a publish refused for a breaking change');

    await page.getByText(/Closing stops new answers straight away/).waitFor();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    // Closing asks first; "no" leaves the survey open and returns to the button.
    const ask = page.getByRole('group', { name: 'Close the survey?' });
    await ask.getByText(/answers they have not sent yet cannot be sent/).waitFor();
    await expectNoSeriousViolations(page, 'closing asks first');
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Close');
    expect((await api('GET', `/api/surveys/${slug}/design`)).survey).toMatchObject({
      status: 'open',
    });
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await ask.getByRole('button', { name: 'Yes, close it' }).click();
    await page.getByText(/^Closed\. Parents can no longer answer/).waitFor();
    const design = await api('GET', `/api/surveys/${slug}/design`);
    expect(design.survey).toMatchObject({ status: 'closed', currentVersion: 1 });
    // The refused publish, and the check for a session before signing in, are the only failures.
    expect(problems.filter((p) => !/status of (401|409)/.test(p))).toEqual([]);
    await context.close();
  }, 120_000);

  it('shares the link, QR code and embed code, and makes access codes shown once', async () => {
    const slug = 'panel-share';
    await createSurvey(slug, surveyJson(['Bus', 'Car']));
    const { context, page, problems } = await openDesigner(`/designer/surveys/${slug}`);
    await openTab(page, slug, 'Share');

    const link = page.getByRole('textbox', { name: 'Link for parents' });
    await expect.poll(() => link.inputValue()).toBe(`${server.url}/s/${slug}`);
    const qr = page.getByRole('img', { name: /^QR code that opens/ });
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const png = page.getByRole('link', { name: /QR code as a picture \(PNG\)/ });
    expect(await png.getAttribute('href')).toBe(`/api/surveys/${slug}/qr.png`);
    const svg = page.getByRole('link', { name: /printing at any size \(SVG\)/ });
    expect(await svg.getAttribute('href')).toBe(`/api/surveys/${slug}/qr.svg`);
    const snippet = page.getByRole('textbox', { name: 'Code to paste into the web page' });
    expect(await snippet.inputValue()).toContain(`src="${server.url}/embed/${slug}"`);
    await page.getByText(/EMBED_ORIGINS/).waitFor();
    await page.getByText('No codes made yet.').waitFor();
    await expectNoSeriousViolations(page, 'the share tab');

    await page.getByRole('checkbox', { name: 'Parents need an access code to answer' }).check();
    await page.getByText('Parents now need an access code to answer.').waitFor();

    const count = page.getByRole('textbox', { name: 'How many new codes?' });
    await count.fill('0');
    await page.getByRole('button', { name: 'Make codes' }).click();
    await page.getByText('Enter a whole number from 1 to 2000.').waitFor();
    await count.fill('5');
    await page.getByRole('button', { name: 'Make codes' }).click();
    const list = page.getByRole('list', { name: 'New access codes' });
    await page.getByRole('heading', { name: 'Your 5 new codes' }).waitFor();
    const codes = await list.getByRole('listitem').allTextContents();
    expect(new Set(codes).size).toBe(5);
    await page.getByText('5 codes made, 0 used, 5 still unused.').waitFor();
    const download = page.getByRole('link', { name: 'Download the codes as a text file' });
    const href = (await download.getAttribute('href')) ?? '';
    expect(decodeURIComponent(href.replace(/^data:text\/plain;charset=utf-8,/, ''))).toBe(
      `${codes.join('\n')}\n`,
    );
    await page.getByRole('button', { name: 'Print the codes' }).waitFor();
    await expectNoSeriousViolations(page, 'the share tab with new codes');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);

    const design = await api('GET', `/api/surveys/${slug}/design`);
    expect((design.survey as { accessCodesRequired: boolean }).accessCodesRequired).toBe(true);
    expect(await api('GET', `/api/surveys/${slug}/access-codes`)).toEqual({ issued: 5, used: 0 });
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await context.close();
  }, 120_000);

  it('previews which answers a codebook change would tag, then saves it', async () => {
    const slug = 'panel-codebook';
    await createSurvey(slug, surveyJson(['Bus', 'Car']), {
      settings: { themedQuestions: ['plan_view'], codebook: 'send-default' },
    });
    await api('POST', `/api/surveys/${slug}/publish`, {});
    for (const plan_view of [
      'The minibus to school is always late.',
      'Nobody replies to my emails.',
      'The minibus driver is kind.',
    ]) {
      const res = await server.t.request(
        `/api/surveys/${slug}/responses`,
        postJson({ answers: { travel: 'Bus', plan_view } }),
      );
      expect(res.status).toBe(201);
    }
    const before = await api('GET', '/api/codebooks/send-default');

    const { context, page, problems } = await openDesigner('/designer/codebooks');
    await page.getByRole('heading', { level: 1, name: 'Themes (codebooks)' }).waitFor();
    await expectNoSeriousViolations(page, 'the list of codebooks');
    await page.getByRole('link', { name: 'SEND parent voice (default)' }).click();
    await page.getByRole('heading', { level: 1, name: 'SEND parent voice (default)' }).waitFor();

    await page.getByRole('button', { name: 'Add a theme' }).click();
    const name = page.getByRole('textbox', { name: 'Theme name' }).last();
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await problemBox(page).getByText('Fix these before you preview').waitFor();
    await problemBox(page)
      .getByText(/^Theme number \d+ needs a name\.$/)
      .waitFor();
    await name.fill('School transport');
    await page.getByRole('textbox', { name: 'Strong words and phrases' }).last().fill('minibus');
    await page
      .getByRole('textbox', { name: 'Example answers' })
      .last()
      .fill('The taxi never came.');
    await expectNoSeriousViolations(page, 'a codebook with a new theme');

    await page.getByRole('button', { name: 'Preview changes' }).click();
    const preview = page.getByRole('region', { name: 'What your changes would do' });
    await preview.getByText(/^Checked 3 answers\./).waitFor();
    const theme = preview.locator('.preview-theme', { has: page.getByText('School transport') });
    await theme.getByText('Would tag 2 more answers and untag 0.').waitFor();
    await theme.getByText('The minibus to school is always late.').waitFor();
    expect(await theme.getByText('Newly tagged:').count()).toBe(2);
    await expectNoSeriousViolations(page, 'the codebook preview');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByText(`Saved as version ${Number(before.version) + 1}.`, { exact: false })
      .waitFor();
    const after = await api('GET', '/api/codebooks/send-default');
    const themes = (after.document as { themes: { id: string; strong: string[] }[] }).themes;
    expect(themes.at(-1)).toMatchObject({ id: 'school_transport', strong: ['minibus'] });
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await context.close();
  }, 120_000);
});
