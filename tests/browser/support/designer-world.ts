// A server with a designer (a forum member) and an admin, a browser, and helpers to set a scene
// through the API and open the designer signed in, for the designer's browser tests.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addUser, asToken, tokenFor } from '../../support/accounts.ts';
import { startTestServer } from '../../support/test-server.ts';
import { DESKTOP, launchChromium, watchForPageProblems } from './browser.ts';
import { signInAs } from './officer.ts';

type Person = Awaited<ReturnType<typeof addUser>>;

export interface DesignerWorld {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  designer: Person;
  admin: Person;
  /** A call as the designer (or another person's token); fails the test unless it succeeds. */
  api<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<T>;
  adminToken: string;
  /** A fresh browser context on a designer page, signed in. */
  open(
    path: string,
    person?: Person,
  ): Promise<{ page: Page; problems: string[]; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** drafts: bodies of POST /api/surveys, made by the designer before the world is handed over. */
export async function startDesignerWorld(
  drafts: Record<string, unknown>[] = [],
): Promise<DesignerWorld> {
  const [server, browser] = await Promise.all([
    startTestServer({ env: { NODE_ENV: 'test' } }),
    launchChromium(),
  ]);
  const designer = await addUser(server.t, 'designer', { forumMember: true });
  const admin = await addUser(server.t, 'admin');
  const designerToken = await tokenFor(server.t, designer.id);
  const adminToken = await tokenFor(server.t, admin.id);
  const world: DesignerWorld = {
    server,
    browser,
    designer,
    admin,
    adminToken,
    async api<T>(method: string, path: string, body?: unknown, token = designerToken) {
      const res = await server.t.request(path, asToken(token, method, body));
      expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
      return (await res.json()) as T;
    },
    async open(path, person = designer) {
      const context = await browser.newContext({
        ...DESKTOP,
        reducedMotion: 'reduce',
        acceptDownloads: true,
      });
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      const problems = watchForPageProblems(page);
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      // The page asked who is signed in and was told "nobody" (401): expected, not a problem.
      problems.splice(0);
      await signInAs(page, person);
      return { page, problems, close: () => context.close() };
    },
    async close() {
      await Promise.allSettled([browser.close(), server.close()]);
    },
  };
  for (const body of drafts) await world.api('POST', '/api/surveys', body);
  return world;
}

/** The editor of a survey, signed in as the world's designer, once its tabs are there. */
export async function openEditor(world: DesignerWorld, slug: string) {
  const opened = await world.open(`/designer/surveys/${slug}`);
  await opened.page.getByRole('tab', { name: 'Languages' }).waitFor();
  return opened;
}
