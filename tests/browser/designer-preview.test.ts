// The designer's preview is the parent's own page in a frame: the real notice, language picker,
// access-code step, reworded buttons, thank-you page and help contacts, at a phone's width where
// the site's phone layout applies, and in Arabic right to left. It never sends anything.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY_TEXTS } from '../../server/designer-contracts.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { DESKTOP, hasChromium } from './support/browser.ts';
import { type DesignerWorld, openEditor, startDesignerWorld } from './support/designer-world.ts';

const SLUG = 'breaks-preview';
const QUESTION = 'Has your child used a short break this year?';
const ARABIC_QUESTION = 'هل استخدم طفلك استراحة قصيرة هذا العام؟';
const json = {
  pages: [
    {
      name: 'one',
      elements: [
        {
          type: 'radiogroup',
          name: 'used',
          title: { default: QUESTION, ar: ARABIC_QUESTION },
          choices: [
            { value: 'yes', text: { default: 'Yes', ar: 'نعم' } },
            { value: 'no', text: { default: 'No', ar: 'لا' } },
          ],
        },
      ],
    },
  ],
};
// The site's own breakpoint between the phone and the wider layout (client/styles/layout.css).
const WIDE = '(min-width: 40.0625em)';

describe.skipIf(!hasChromium)('the designer’s preview', () => {
  let world: DesignerWorld;

  beforeAll(async () => {
    const settings = { texts: { ui: { start: 'Begin now' } }, localeTexts: { ar: {} } };
    world = await startDesignerWorld([
      { slug: SLUG, title: 'Short breaks', json, settings, requiresApproval: false },
    ]);
    await world.api('PATCH', `/api/surveys/${SLUG}`, { accessCodesRequired: true });
  });
  afterAll(async () => world?.close());

  /** The editor, noting every request its page or frames make that would send or check answers. */
  async function openWatchedEditor(): Promise<{ page: Page; problems: string[]; sent: string[] }> {
    const { page, problems } = await openEditor(world, SLUG);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (/\/responses|access-code-check/.test(request.url())) sent.push(request.url());
    });
    return { page, problems, sent };
  }

  it('walks through the parent’s real pages at a phone’s width, sending nothing', async () => {
    const { page, problems, sent } = await openWatchedEditor();
    const phoneFrame = page.getByTestId('preview-phone');
    const phone = phoneFrame.contentFrame();
    await phone.getByText(QUESTION).waitFor();
    const media = await (await phoneFrame.elementHandle())
      ?.contentFrame()
      .then((frame) => frame?.evaluate((query) => [innerWidth, matchMedia(query).matches], WIDE));
    expect(media).toEqual([375, false]);

    await page.getByRole('radio', { name: 'Before you start' }).check();
    await phone.getByText(DEFAULT_SURVEY_TEXTS.privacyNotice.split('\n')[0] ?? '').waitFor();
    expect(await phone.getByText(/standard wording is shown here/).count()).toBe(0);
    await phone.getByLabel('Language').waitFor();
    await expectNoSeriousViolations(page, 'the preview of the notice');
    await phone.getByRole('button', { name: 'Begin now' }).click();

    await phone.getByRole('heading', { level: 1, name: 'Enter your access code' }).waitFor();
    await phone.getByLabel('Access code').fill('ANY CODE');
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('radio', { name: 'Yes' }).check({ force: true });
    await phone.getByRole('button', { name: 'Complete' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Your answers have been sent' }).waitFor();
    await phone.getByRole('heading', { name: 'Samaritans' }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'Thank you' }).isChecked()).toBe(true);
    await expectNoSeriousViolations(page, 'the preview of the thank-you page');

    await page.getByRole('radio', { name: 'Desktop' }).check();
    const desktop = await (
      await page.getByTestId('preview-desktop').elementHandle()
    )?.contentFrame();
    expect(await desktop?.evaluate((query) => matchMedia(query).matches, WIDE)).toBe(true);

    expect(sent).toEqual([]);
    const stored = await world.server.db.selectFrom('responses').select('id').execute();
    expect(stored).toEqual([]);
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows a translation right to left in the Languages tab', async () => {
    const { page, problems } = await openWatchedEditor();
    await page.getByRole('tab', { name: 'Languages' }).click();
    await page.getByRole('button', { name: 'Translate into Arabic' }).click();
    await page.getByRole('heading', { name: 'Wording in Arabic (العربية)' }).waitFor();
    const frame = page.getByTestId('preview-phone').contentFrame();
    await frame.getByText(ARABIC_QUESTION).waitFor();
    const root = frame.locator('html');
    expect([await root.getAttribute('dir'), await root.getAttribute('lang')]).toEqual([
      'rtl',
      'ar',
    ]);
    // The translation boxes read right to left too.
    const box = page
      .getByRole('group', { name: 'Question "used"' })
      .getByLabel('Question title in Arabic');
    expect(await box.getAttribute('dir')).toBe('rtl');
    await expectNoSeriousViolations(page, 'the Languages tab with an Arabic preview');
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('takes drafts only from the designer page that holds the frame', async () => {
    const { page } = await openWatchedEditor();
    const phone = page.getByTestId('preview-phone').contentFrame();
    await phone.getByText(QUESTION).waitFor();
    // Notes it if the stranger's draft below ever shows, however briefly.
    await phone.locator('body').evaluate((body) => {
      new MutationObserver(() => {
        if (body.textContent?.includes('Not from the designer'))
          document.documentElement.dataset.intruder = 'shown';
      }).observe(body, { subtree: true, childList: true, characterData: true });
    });
    // A second preview frame on the same page tries to feed the first one a draft of its own.
    await page.evaluate((path) => {
      const other = document.createElement('iframe');
      other.src = path;
      other.title = 'Another frame';
      other.id = 'other-frame';
      document.body.append(other);
    }, '/preview');
    const other = await (await page.locator('#other-frame').elementHandle())?.contentFrame();
    await other?.waitForLoadState();
    await other?.evaluate(() => {
      const target = window.parent.document.querySelector<HTMLIFrameElement>(
        '[data-testid="preview-phone"]',
      );
      const draft = {
        type: 'send-voice:preview-draft',
        screen: 'questionnaire',
        run: 'intruder',
        survey: {
          slug: 'x',
          title: 'Not from the designer',
          status: 'open',
          opensAt: null,
          closesAt: null,
          version: 1,
          json: {
            pages: [{ name: 'p', elements: [{ type: 'text', name: 'q', title: 'Intruder' }] }],
          },
          availability: 'open',
          texts: { privacyNotice: 'x', thankYou: 'x', help: [] },
          locales: ['en'],
          localeTexts: {},
          accessCodeRequired: false,
        },
      };
      target?.contentWindow?.postMessage(draft, window.location.origin);
    });
    // The designer's own next change still shows, and the stranger's draft never did.
    await page.getByRole('radio', { name: 'Before you start' }).check();
    await phone.getByRole('button', { name: 'Begin now' }).waitFor();
    expect(await phone.locator('html').getAttribute('data-intruder')).toBeNull();
    await page.context().close();
  }, 120_000);

  it('keeps the designer’s code out of the parent’s page and out of the preview frame', async () => {
    const assetsOf = (file: string) =>
      new Set(readFileSync(resolve('client/dist', file), 'utf8').match(/\/?assets\/[^"]+/g) ?? []);
    const parentEntry = [...assetsOf('index.html')].find((a) => /\/main-.*\.js$/.test(a)) ?? '';
    // The parent's assets: those its page names, and the chunks its code may load later.
    const parentAssets = new Set([
      ...assetsOf('index.html'),
      ...[...assetsOf(`.${parentEntry}`)].map((a) => a.replace(/^\/?/, '/')),
    ]);
    const designerOnly = [...assetsOf('designer/index.html')].filter((a) => !parentAssets.has(a));
    expect(designerOnly.length).toBeGreaterThan(0);
    const isDesigners = (path: string) => designerOnly.includes(path) || /designer/.test(path);

    const parentContext = await world.browser.newContext(DESKTOP);
    const parent = await parentContext.newPage();
    const parentUrls: string[] = [];
    parent.on('request', (request) => parentUrls.push(new URL(request.url()).pathname));
    await parent.goto(`${world.server.url}/s/send-parent-experience`);
    await parent.getByRole('button', { name: 'Start' }).click();
    await parent.getByRole('button', { name: 'Next' }).waitFor();
    expect(parentUrls.filter((url) => isDesigners(url) || /preview/.test(url))).toEqual([]);
    await parentContext.close();

    const { page } = await openWatchedEditor();
    const frameUrls: string[] = [];
    page.on('request', (request) => {
      if (request.frame() !== page.mainFrame()) frameUrls.push(new URL(request.url()).pathname);
    });
    await page.reload();
    await page.getByTestId('preview-phone').contentFrame().getByText(QUESTION).waitFor();
    expect(frameUrls).toContain('/preview');
    expect(frameUrls.filter(isDesigners)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
