// A server with a designer and some drafts made through the API, and the designer's editor of
// one of them opened in the browser and signed in.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addUser, asToken, tokenFor } from '../../support/accounts.ts';
import { startTestServer } from '../../support/test-server.ts';
import { DESKTOP, launchChromium, watchForPageProblems } from './browser.ts';
import { signInAs } from './officer.ts';

export interface DesignerWorld {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  designer: Awaited<ReturnType<typeof addUser>>;
  token: string;
}

/** drafts: bodies of POST /api/surveys. */
export async function startDesignerWorld(
  drafts: Record<string, unknown>[],
): Promise<DesignerWorld> {
  const [server, browser] = await Promise.all([
    startTestServer({ env: { NODE_ENV: 'test' } }),
    launchChromium(),
  ]);
  const designer = await addUser(server.t, 'designer');
  const token = await tokenFor(server.t, designer.id);
  for (const body of drafts) {
    const res = await server.t.request('/api/surveys', asToken(token, 'POST', body));
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  }
  return { server, browser, designer, token };
}

/** The editor of a survey, signed in as the world's designer, on a desktop-sized screen. */
export async function openEditor(
  world: DesignerWorld,
  slug: string,
): Promise<{ page: Page; problems: string[] }> {
  const context = await world.browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = watchForPageProblems(page);
  await page.goto(`${world.server.url}/designer/surveys/${slug}`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await signInAs(page, world.designer);
  await page.getByRole('tab', { name: 'Languages' }).waitFor();
  return { page, problems };
}
