// The production path: responses and tag results written by the database writer thread
// (db/writer-client.ts), as `npm start` runs. Most HTTP tests write on their own thread instead.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses } from '../../db/responses-repository.ts';
import { writerOf } from '../../db/writer-client.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;

beforeEach(async () => {
  const dir = writeSurveysDir([surveyFile(), surveyFile({ slug: 'with-codes' })]);
  t = await createTestApp({ surveysDir: dir, writer: 'thread' });
});
afterEach(async () => t.close());

const submit = (slug: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  t.request(`/api/surveys/${slug}/responses`, postJson(body, headers));

const comment = (i: number) => ({
  ...validTinyAnswers,
  working_well: `The SENCO listens to us and the school adapts for our son (${i}).`,
});

describe('the database writer thread', () => {
  it('is what stores responses in a server started as in production', () => {
    expect(writerOf(t.deps.db)).toBeDefined();
  });

  it('stores every acknowledged response of a burst, each under its own id', async () => {
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) => submit('tiny', { answers: comment(i) })),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    const ids = await Promise.all(
      results.map(async (r) => ((await r.json()) as { id: string }).id),
    );
    expect(new Set(ids).size).toBe(80);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(80);
  });

  it('replays a retried submission and refuses a reused key, as on the inline path', async () => {
    const headers = { 'Idempotency-Key': 'writer-thread-key-0001' };
    const [first, second] = await Promise.all([
      submit('tiny', { answers: validTinyAnswers }, headers),
      submit('tiny', { answers: validTinyAnswers }, headers),
    ]);
    expect(first?.status).toBe(201);
    expect(second?.status).toBe(201);
    expect(await second?.json()).toEqual(await first?.json());
    const reused = await submit('tiny', { answers: comment(1) }, headers);
    expect(reused.status).toBe(422);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });

  it('lets one of two racing submissions use an access code', async () => {
    await t.deps.db
      .updateTable('surveys')
      .set({ access_codes_required: 1 })
      .where('slug', '=', 'with-codes')
      .execute();
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const issued = await t.request(
      '/api/surveys/with-codes/access-codes',
      asToken(designer, 'POST', { count: 1 }),
    );
    const [code] = ((await issued.json()) as { codes: string[] }).codes;
    const statuses = (
      await Promise.all(
        [1, 2].map((i) => submit('with-codes', { answers: comment(i), accessCode: code })),
      )
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 403]);
    expect(await countResponses(t.deps.db, 'with-codes')).toBe(1);
  });

  it('saves the tagger results, so reports see the themes of the answers', async () => {
    for (let i = 0; i < 3; i++)
      expect((await submit('tiny', { answers: comment(i) })).status).toBe(201);
    expect(await t.tagWorker.drain()).toBe(3);
    const analysed = await t.deps.db
      .selectFrom('answer_analysis')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(analysed.n)).toBe(3);
    const queued = await t.deps.db
      .selectFrom('tag_jobs')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(queued.n)).toBe(0);
  });

  it('refuses nothing it can store while an officer writes on the app connection', async () => {
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const writes = Array.from({ length: 20 }, () =>
      t.request('/api/surveys/tiny/access-codes', asToken(designer, 'POST', { count: 5 })),
    );
    const answers = Array.from({ length: 60 }, (_, i) => submit('tiny', { answers: comment(i) }));
    const all = await Promise.all([...writes, ...answers]);
    expect(all.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(60);
  });
});
