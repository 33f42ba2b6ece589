// An officer shortens a quote before approving it, as parents were promised "short parts": words
// the parent did not write are refused on the page, and the shortened words are what the report
// publishes. The page passes axe with the shortening form open and with its error showing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asToken } from '../support/accounts.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { hasChromium, watchForPageProblems } from './support/browser.ts';
import { type OfficerWorld, openSignedIn, startOfficerWorld } from './support/officer.ts';

const SLUG = 'confidence-pulse';
const QUESTION = 'improve_confidence';
const COMMON =
  'Quicker EHC plans and someone who calls back. The wait for the panel felt endless to us.';

describe.skipIf(!hasChromium)('shortening a quote', () => {
  let world: OfficerWorld;

  beforeAll(async () => {
    world = await startOfficerWorld(
      SLUG,
      QUESTION,
      Array.from({ length: 12 }, (_, i) => `${COMMON} (${i + 1})`),
    );
  });
  afterAll(async () => {
    await world?.browser.close();
    await world?.server.close();
  });

  it('refuses added words, then approves the shortened words, which the report publishes', async () => {
    const { server, browser, officer, token } = world;
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/surveys/${SLUG}`,
      officer,
    );
    const problems = watchForPageProblems(page);
    const quote = page.locator('.quote-list__item').first();
    await quote.getByText('Shorten this quote').click();
    const words = quote.getByRole('textbox', { name: 'Words to publish' });
    const whole = await words.inputValue();
    expect(whole).toContain('Quicker EHC plans');
    await expectNoSeriousViolations(page, 'the report with a quote being shortened');

    await words.fill('Quicker EHC plans and a full apology');
    await quote.getByRole('button', { name: 'Approve these words' }).click();
    await quote.getByText(/only keep words from the answer/).waitFor();
    await expectNoSeriousViolations(page, 'the shortening form showing its error');

    const shortened = 'Quicker EHC plans … The wait for the panel felt endless to us.';
    await words.fill(shortened);
    await quote.getByRole('button', { name: 'Approve these words' }).click();
    await quote.getByRole('status').getByText('Approved for publication.').waitFor();
    await quote.getByText(`“${shortened}”`).waitFor();

    const html = await (
      await server.t.request(`/api/surveys/${SLUG}/report?format=html`, asToken(token))
    ).text();
    expect(html).toContain(shortened);
    expect(html).not.toContain('someone who calls back');
    expect(problems.filter((p) => !/status of (400|401)/.test(p))).toEqual([]);
    await context.close();
  });
});
