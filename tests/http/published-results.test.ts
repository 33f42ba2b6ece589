// Published results: officers and admins publish chosen questions of a closed survey as a
// snapshot at /results/<slug>; later answers change nothing until they republish, a republication
// fewer than k responses away from an earlier one is refused, and nothing unpublished is reachable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAsideBatch } from '../../db/set-aside-repository.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

const K = 5;
let t: TestApp;
let officer: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile(), surveyFile({ slug: 'other', title: 'Other' })]),
    env: { NODE_ENV: 'test', SUPPRESSION_K: String(K) },
  });
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const setStatus = (slug: string, status: string) =>
  t.deps.db.updateTable('surveys').set({ status }).where('slug', '=', slug).execute();

/** Sends answers while the survey is open, then closes it again; returns the responses' ids. */
async function answer(count: number, who = 'parent', slug = 'tiny') {
  await setStatus(slug, 'open');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await t.request(
      `/api/surveys/${slug}/responses`,
      postJson({ answers: { ...validTinyAnswers, who, rating: 3 + (i % 3) } }),
    );
    expect(res.status).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  await setStatus(slug, 'closed');
  return ids;
}

async function setAside(responseIds: string[]) {
  const survey = await t.deps.db
    .selectFrom('surveys')
    .select('id')
    .where('slug', '=', 'tiny')
    .executeTakeFirstOrThrow();
  await setAsideBatch(t.deps.db, {
    surveyId: survey.id,
    surveySlug: 'tiny',
    clusterId: 'test',
    fromHour: null,
    toHour: null,
    reason: 'test',
    responseIds,
    actor: { id: null, email: 'test' },
    at: new Date(),
  });
}

const publish = (questions: unknown, token = officer, slug = 'tiny') =>
  t.request(`/api/surveys/${slug}/publication`, asToken(token, 'POST', { questions }));

const errorCode = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;

const counts = async () => ({
  publications: (await t.deps.db.selectFrom('publications').selectAll().execute()).length,
  audit: (
    await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'like', 'publication.%')
      .execute()
  ).length,
});

const page = async (slug = 'tiny') => {
  const res = await t.request(`/results/${slug}`);
  return { status: res.status, text: await res.text() };
};

describe('published results', { timeout: 60_000 }, () => {
  it('publishes the chosen questions as a public page, lists them and audits the publish', async () => {
    const ids = [...(await answer(12)), ...(await answer(2, 'carer'))];
    const before = await t.request('/api/surveys/tiny/publication', asToken(officer));
    expect(before.status).toBe(200);
    const view = (await before.json()) as {
      current: unknown;
      questions: { name: string }[];
      resultsPath: string;
    };
    expect(view.current).toBeNull();
    expect(view.resultsPath).toBe('/results/tiny');
    expect(view.questions.map((q) => q.name)).toEqual(expect.arrayContaining(['who', 'rating']));

    const res = await publish(['who', 'rating']);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      number: 1,
      questions: ['who', 'rating'],
      responses: 14,
      publishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      unpublishedOn: null,
      resultsPath: '/results/tiny',
    });
    expect(await counts()).toEqual({ publications: 1, audit: 1 });
    // Each response is kept as a keyed hash, never its id, so a withdrawal leaves nothing naming it.
    const tags = await t.deps.db
      .selectFrom('publication_responses')
      .select('response_tag')
      .execute();
    expect(tags).toHaveLength(14);
    const stored = JSON.stringify(tags);
    expect(ids.some((id) => stored.includes(id))).toBe(false);

    const { status, text } = await page();
    expect(status).toBe(200);
    expect(text).toContain('<h1>Tiny survey</h1>');
    expect(text).toContain('Published');
    expect(text).toContain('Who is answering?');
    expect(text).toContain('How would you rate support?');
    expect(text).not.toContain('Which services do you use?');
    // Two carers: fewer than k, not shown; the whole scale is still listed.
    expect(text).toMatch(/Carer/);
    expect(text).toContain('not shown');
    expect(text).toContain('<svg class="chart"');
    expect(text).not.toContain('<script');
    // No answer is quoted unless an officer approved it.
    expect(text).not.toContain('The new SENCO listens');

    const listed = (await (
      await t.request('/api/surveys/tiny/publication', asToken(officer))
    ).json()) as { current: { number: number; questions: string[] }; history: unknown[] };
    expect(listed.current).toMatchObject({ number: 1, questions: ['who', 'rating'] });
    expect(listed.history).toHaveLength(1);
  });

  it('is a snapshot: new answers change nothing until an officer republishes', async () => {
    await answer(10);
    expect((await publish(['who'])).status).toBe(201);
    const first = await page();
    expect(first.text).toContain('People who answered</dt><dd>10<');

    await answer(K);
    expect((await page()).text).toBe(first.text);

    expect((await publish(['who'])).status).toBe(201);
    const second = await page();
    expect(second.text).toContain(`People who answered</dt><dd>${10 + K}<`);
  });

  it('refuses a republication fewer than k responses away from an earlier one (409)', async () => {
    await answer(10);
    expect((await publish(['who'])).status).toBe(201);
    const published = await page();
    const before = await counts();

    await answer(1);
    const refused = await publish(['who']);
    expect(refused.status).toBe(409);
    expect(await errorCode(refused)).toBe('republication_too_small');
    expect(await counts()).toEqual(before);
    expect((await page()).text).toBe(published.text);

    // K added since the first: published again.
    const added = await answer(K - 1);
    expect((await publish(['who'])).status).toBe(201);
    const second = await page();
    await answer(1);
    expect(await errorCode(await publish(['who']))).toBe('republication_too_small');
    // With K - 1 of those set aside, the set is K away from the second publication (K - 1 gone,
    // one new) but only 2 from the first: every earlier publication counts, not just the last.
    await setAside(added);
    expect(await errorCode(await publish(['who']))).toBe('republication_too_small');
    expect((await counts()).publications).toBe(2);
    // Setting responses aside changes the officers' report, not what was published.
    expect((await page()).text).toBe(second.text);
  });

  it('allows a republication with the same responses, e.g. another question chosen', async () => {
    await answer(10);
    expect((await publish(['who'])).status).toBe(201);
    const again = await publish(['who', 'has_plan']);
    expect(again.status).toBe(201);
    expect((await page()).text).toContain('Does your child have an EHC plan?');
  });

  it('unpublishes: the page is the same 404 as an unknown or never-published survey', async () => {
    await answer(10);
    await setStatus('other', 'closed');
    const unknown = await page('no-such-survey');
    const never = await page('other');
    expect(unknown.status).toBe(404);
    expect(never).toEqual(unknown);

    expect((await publish(['who'])).status).toBe(201);
    const res = await t.request('/api/surveys/tiny/publication', asToken(officer, 'DELETE'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ unpublished: true });
    expect(await page()).toEqual(unknown);
    expect(await counts()).toEqual({ publications: 1, audit: 2 });
    const view = (await (
      await t.request('/api/surveys/tiny/publication', asToken(officer))
    ).json()) as { current: unknown; history: { unpublishedOn: string | null }[] };
    expect(view.current).toBeNull();
    expect(view.history[0]?.unpublishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const again = await t.request('/api/surveys/tiny/publication', asToken(officer, 'DELETE'));
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe('not_published');
    expect((await counts()).audit).toBe(2);
  });

  it('is for officers and admins only: 401 without an account, 403 for designers', async () => {
    await answer(10);
    const designer = await tokenFor(t, (await addUser(t, 'designer', { forumMember: true })).id);
    expect(
      (await t.request('/api/surveys/tiny/publication', postJson({ questions: ['who'] }))).status,
    ).toBe(401);
    expect((await t.request('/api/surveys/tiny/publication')).status).toBe(401);
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const body = method === 'POST' ? { questions: ['who'] } : undefined;
      const res = await t.request('/api/surveys/tiny/publication', asToken(designer, method, body));
      expect(res.status, method).toBe(403);
    }
    expect(await counts()).toEqual({ publications: 0, audit: 0 });
    const admin = await tokenFor(t, (await addUser(t, 'admin')).id);
    expect((await publish(['who'], admin)).status).toBe(201);
  });

  it('refuses bad input (400), an open survey (409) and an unknown survey (404), writing nothing', async () => {
    await answer(10);
    const cases: [unknown, string][] = [
      [['who', 'no_such_question'], 'unknown_question'],
      [[], 'invalid_request'],
      [['who', 'who'], 'invalid_request'],
      ['who', 'invalid_request'],
      [[''], 'invalid_request'],
    ];
    for (const [questions, code] of cases) {
      const res = await publish(questions);
      expect(res.status, JSON.stringify(questions)).toBe(400);
      expect(await errorCode(res)).toBe(code);
    }
    const extra = await t.request(
      '/api/surveys/tiny/publication',
      asToken(officer, 'POST', { questions: ['who'], extra: 1 }),
    );
    expect(extra.status).toBe(400);
    const malformed = await t.request('/api/surveys/tiny/publication', {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
      body: '{"questions":',
    });
    expect(await errorCode(malformed)).toBe('malformed_json');

    await setStatus('tiny', 'open');
    const open = await publish(['who']);
    expect(open.status).toBe(409);
    expect(await errorCode(open)).toBe('survey_not_closed');
    expect((await publish(['who'], officer, 'no-such-survey')).status).toBe(404);
    expect(await counts()).toEqual({ publications: 0, audit: 0 });
    expect((await page()).status).toBe(404);
  });

  it('escapes what designers wrote: a title holding markup is shown as text', async () => {
    const title = 'Tiny <script>alert(1)</script> & <img src=x onerror=alert(2)>';
    await t.deps.db.updateTable('surveys').set({ title }).where('slug', '=', 'tiny').execute();
    await answer(10);
    expect((await publish(['who'])).status).toBe(201);
    const { text } = await page();
    expect(text).not.toContain('<script>alert');
    expect(text).not.toContain('<img src=x');
    expect(text).toContain('Tiny &lt;script&gt;alert(1)&lt;/script&gt; &amp;');
  });
});
