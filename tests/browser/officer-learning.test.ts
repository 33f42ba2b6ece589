// An administrator teaches the automatic themes from officers' codes: trains a model, reads how it
// agrees with officers on answers it never saw, and puts it in use; an officer can only look.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, asToken } from '../support/accounts.ts';
import { hasChromium, watchForPageProblems } from './support/browser.ts';
import {
  expectAccessibleAtEveryWidth,
  type OfficerWorld,
  openSignedIn,
  startOfficerWorld,
} from './support/officer.ts';

const SLUG = 'confidence-pulse';
const QUESTION = 'improve_confidence';
const TEXTS: [string, string][] = [
  ['transport', 'A taxi to school that turns up on time'],
  ['communication', 'Someone who calls back when they say they will'],
];

describe.skipIf(!hasChromium)('teaching the automatic themes', () => {
  let world: OfficerWorld;
  let admin: Awaited<ReturnType<typeof addUser>>;

  beforeAll(async () => {
    const texts = Array.from({ length: 16 }, (_, i) => `${TEXTS[i % 2]?.[1]} (${i + 1})`);
    world = await startOfficerWorld(SLUG, QUESTION, texts);
    admin = await addUser(world.server.t, 'admin');
    const answers = (await (
      await world.server.t.request(
        `/api/surveys/${SLUG}/answers?question=${QUESTION}&limit=50`,
        asToken(world.token),
      )
    ).json()) as { responseId: string; text: string }[];
    for (const answer of answers) {
      const theme = TEXTS.find(([, text]) => answer.text.startsWith(text))?.[0];
      const res = await world.server.t.request(
        `/api/surveys/${SLUG}/answers/${answer.responseId}/${QUESTION}/themes`,
        asToken(world.token, 'PUT', { themes: [theme] }),
      );
      expect(res.status).toBe(200);
    }
  });
  afterAll(async () => {
    await world?.browser.close();
    await world?.server.close();
  });

  it('trains, shows agreement on held-back answers, and puts the model in use', {
    timeout: 240_000,
  }, async () => {
    const { server, browser } = world;
    const { context, page } = await openSignedIn(browser, `${server.url}/officer`, admin);
    const problems = watchForPageProblems(page);
    await page
      .getByRole('navigation', { name: 'Officer pages' })
      .getByRole('link', { name: 'Automatic themes' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Teach the automatic themes' }).waitFor();
    await page.getByText('Officers have coded 16 answers so far').waitFor();
    await page.getByText('The codebook’s keywords alone').waitFor();
    await expectAccessibleAtEveryWidth(page, 'the learning page');

    await page.getByRole('button', { name: 'Train a new model from officers’ codes' }).click();
    await page.getByRole('heading', { name: 'Training has started' }).waitFor();
    await page.getByText(/^Training, asked for by/).waitFor();
    // The server under test trains when told to; the page finds the result by itself.
    await server.t.trainingRunner.runOnce();
    const table = page.getByRole('table', {
      name: 'Agreement for each theme on the held-back answers',
    });
    await table.waitFor();
    await table.getByRole('rowheader', { name: 'Transport' }).waitFor();
    await expectAccessibleAtEveryWidth(page, 'a trained model waiting for a decision');

    await page.getByRole('button', { name: 'Use this model' }).click();
    await page.getByRole('heading', { name: 'The new model is in use' }).waitFor();
    await page.getByText(/^A model trained on 16 coded answers/).waitFor();
    await page.getByText(/Put in use by admin/).waitFor();
    const jobs = await server.db.selectFrom('tag_jobs').select('response_id').execute();
    expect(jobs).toHaveLength(16);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets an officer see the state but not train or install', { timeout: 120_000 }, async () => {
    const { server, browser, officer } = world;
    const { context, page } = await openSignedIn(
      browser,
      `${server.url}/officer/learning`,
      officer,
    );
    await page.getByRole('heading', { level: 1, name: 'Teach the automatic themes' }).waitFor();
    await page.getByText(/An administrator (can train|decides)/).waitFor();
    expect(
      await page.getByRole('button', { name: /Train a new model|Use this model/ }).count(),
    ).toBe(0);
    await context.close();
  });
});
