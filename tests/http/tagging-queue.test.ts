// Free text is tagged in the background through a queue in the database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TAG_ATTEMPTS, requestRetag, taggingStatus } from '../../db/tagging-repository.ts';
import { createTagWorker } from '../../server/tagging/tag-worker.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
});
afterEach(async () => t.close());

async function submit(workingWell: string) {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: workingWell } }),
  );
  return ((await res.json()) as { id: string }).id;
}

const themesOf = async (responseId: string) =>
  (
    await t.deps.db
      .selectFrom('answer_themes')
      .select(['theme_id', 'source', 'codebook_version'])
      .where('response_id', '=', responseId)
      .execute()
  ).map((r) => r.theme_id);

describe('background tagging', () => {
  it('queues a response with free text and tags it, keeping the source', async () => {
    const id = await submit('We waited two years for the EHC plan and nobody replies to emails');
    expect((await taggingStatus(t.deps.db)).backlog).toBe(1);
    await t.tagWorker.drain();
    expect(await themesOf(id)).toEqual(expect.arrayContaining(['delays', 'ehcp', 'communication']));
    const analysis = await t.deps.db
      .selectFrom('answer_analysis')
      .selectAll()
      .where('response_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(analysis).toMatchObject({
      question: 'working_well',
      substantive: 1,
      sentiment_label: 'negative',
      codebook_key: 'send-default',
      codebook_version: 1,
    });
    expect((await taggingStatus(t.deps.db)).backlog).toBe(0);
  });

  it('stores the redacted text for quoting, never the names', async () => {
    const id = await submit('My son Jack waited 18 months. Call me on 07700 900123.');
    await t.tagWorker.drain();
    const { redacted } = await t.deps.db
      .selectFrom('answer_analysis')
      .select('redacted')
      .where('response_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(redacted).not.toContain('Jack');
    expect(redacted).not.toContain('07700');
    expect(redacted).toContain('[NAME]');
  });

  it('flags answers that suggest someone is at risk', async () => {
    const id = await submit('My daughter has started self harming and we cannot cope');
    await t.tagWorker.drain();
    const row = await t.deps.db
      .selectFrom('answer_analysis')
      .select(['safeguarding', 'safeguarding_evidence'])
      .where('response_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.safeguarding).toBe(1);
    expect(JSON.parse(row.safeguarding_evidence).length).toBeGreaterThan(0);
  });

  it('lets two workers share the queue without tagging an answer twice', async () => {
    for (let i = 0; i < 30; i++) await submit(`The taxi was late again, day ${i}`);
    const second = createTagWorker(t.deps, { batchSize: 5 });
    const first = createTagWorker(t.deps, { batchSize: 5 });
    const [a, b] = await Promise.all([first.drain(), second.drain()]);
    expect(a + b).toBe(30);
    const rows = await t.deps.db.selectFrom('answer_analysis').select('response_id').execute();
    expect(rows).toHaveLength(30);
  });

  it('re-tags every answer when asked, and reports progress', async () => {
    await submit('The bus never came');
    await submit('Nothing');
    await t.tagWorker.drain();
    const run = await requestRetag(t.deps.db, { reason: 'codebook changed', now: new Date() });
    expect(run.total).toBe(2);
    let status = await taggingStatus(t.deps.db);
    expect(status.runs[0]).toMatchObject({ reason: 'codebook changed', total: 2, remaining: 2 });
    await t.tagWorker.drain();
    status = await taggingStatus(t.deps.db);
    expect(status.runs[0]?.remaining).toBe(0);
    expect(status.backlog).toBe(0);
  });

  it('never overrides a human code when re-tagging', async () => {
    const id = await submit('The bus never came');
    await t.tagWorker.drain();
    await t.deps.db
      .insertInto('answer_themes')
      .values({
        response_id: id,
        question: 'working_well',
        theme_id: 'transport',
        source: 'human',
        present: 0,
        score: null,
        evidence: '[]',
        codebook_version: null,
        model_id: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    await requestRetag(t.deps.db, { reason: 'test', now: new Date() });
    await t.tagWorker.drain();
    const human = await t.deps.db
      .selectFrom('answer_themes')
      .selectAll()
      .where('response_id', '=', id)
      .where('source', '=', 'human')
      .execute();
    expect(human).toHaveLength(1);
    expect(human[0]?.present).toBe(0);
  });

  it('does not queue responses without free text', async () => {
    const { working_well: _, ...noText } = validTinyAnswers;
    await t.request('/api/surveys/tiny/responses', postJson({ answers: noText }));
    expect((await taggingStatus(t.deps.db)).backlog).toBe(0);
  });
  it('tags the rest of a batch whose thread died on one answer, and gives that one up after 5 tries', async () => {
    const good = await submit('The taxi was late again');
    const poison = await submit('POISON: this answer stops the tagging thread');
    const other = await submit('We waited two years for a plan');
    // A thread that dies whenever it is given the poison answer, and otherwise tags as usual.
    const real = t.tagWorker.thread();
    const dying = {
      prepare() {},
      tag: (...args: Parameters<typeof real.tag>) =>
        args[1].some((item) => item.text.startsWith('POISON'))
          ? Promise.reject(new Error('the tagging thread stopped (exit code 1)'))
          : real.tag(...args),
    };
    let clock = Date.now();
    const worker = createTagWorker(
      { ...t.deps, now: () => new Date(clock) },
      { thread: dying, leaseMs: 60_000 },
    );
    expect(await worker.drain()).toBe(3);
    expect(await themesOf(good)).toContain('transport');
    expect(await themesOf(other)).toContain('delays');
    expect(await themesOf(poison)).toEqual([]);
    // Each lease that runs out (on the hour) gives it one more try, up to MAX_TAG_ATTEMPTS; then
    // it is failed.
    for (let i = 0; i < 10; i++) {
      clock += 61 * 60_000;
      await worker.drain();
    }
    const jobs = await t.deps.db
      .selectFrom('tag_jobs')
      .select(['response_id', 'attempts'])
      .execute();
    expect(jobs).toEqual([{ response_id: poison, attempts: MAX_TAG_ATTEMPTS }]);
    expect(await taggingStatus(t.deps.db)).toMatchObject({ backlog: 1, failed: 1 });
  });
});
