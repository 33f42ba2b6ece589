// Group commit: submissions made together share one transaction, yet each keeps its own meaning.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { surveyFile } from '../tests/support/sample-surveys.ts';
import { createTestApp, type TestApp, writeSurveysDir } from '../tests/support/test-app.ts';
import { openSqlite } from './connection.ts';
import { countResponses, insertResponse, type NewResponse } from './responses-repository.ts';
import { findSurveyVersionRef } from './surveys-repository.ts';

let t: TestApp;
let surveyId: string;
let versionId: string;

beforeEach(async () => {
  t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
  const ref = await findSurveyVersionRef(t.deps.db, 'tiny');
  surveyId = ref?.survey.id ?? '';
  versionId = ref?.versionId ?? '';
});
afterEach(async () => t.close());

const response = (overrides: Partial<NewResponse> = {}): NewResponse => ({
  id: randomUUID(),
  surveyId,
  versionId,
  answers: { rating: 4 },
  submittedAt: '2026-03-10T14:00:00.000Z',
  queueTagging: true,
  answerCodes: '{}',
  ...overrides,
});

const claim = (key: string, request = 'same answers') => ({ keyHash: key, requestHash: request });

const count = async (table: 'tag_jobs' | 'report_summaries' | 'idempotency_keys') =>
  (await t.deps.db.selectFrom(table).selectAll().execute()).length;

describe('group commit of responses', () => {
  it('stores many submissions made together once each, in one transaction', async () => {
    const transaction = vi.spyOn(t.deps.db, 'transaction');
    const results = await Promise.all(
      Array.from({ length: 40 }, () => insertResponse(t.deps.db, response())),
    );
    expect(new Set(results.map((r) => r.kind === 'stored' && r.id)).size).toBe(40);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(40);
    expect(await count('tag_jobs')).toBe(40);
    expect(await count('report_summaries')).toBe(40);
  });

  it('answers only once the batch is on disk: another connection already sees it', async () => {
    const result = await insertResponse(t.deps.db, response());
    const other = openSqlite(t.config.databaseFile);
    try {
      expect(await countResponses(other, 'tiny')).toBe(1);
      expect(result.kind).toBe('stored');
    } finally {
      await other.destroy();
    }
  });

  it('stores one of two submissions with the same key in one batch and replays the other', async () => {
    const [first, second, different] = await Promise.all([
      insertResponse(t.deps.db, response(), claim('k1')),
      insertResponse(t.deps.db, response(), claim('k1')),
      insertResponse(t.deps.db, response(), claim('k1', 'other answers')),
    ]);
    expect(first.kind).toBe('stored');
    expect(second).toEqual({ kind: 'replayed', id: first.kind === 'stored' ? first.id : '' });
    expect(different).toEqual({ kind: 'key_reused' });
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });

  it('refuses a used access code without undoing the others or keeping its key', async () => {
    await t.deps.db
      .insertInto('access_codes')
      .values(['a', 'b'].map((code_hash) => ({ survey_id: surveyId, code_hash, used: 0 })))
      .execute();
    const results = await Promise.all([
      insertResponse(t.deps.db, response({ accessCode: { hash: 'a', spentTag: 'tag-a' } })),
      insertResponse(
        t.deps.db,
        response({ accessCode: { hash: 'a', spentTag: 'tag-a' } }),
        claim('k2'),
      ),
      insertResponse(t.deps.db, response({ accessCode: { hash: 'b', spentTag: 'tag-b' } })),
    ]);
    expect(results.map((r) => r.kind)).toEqual(['stored', 'access_code_invalid', 'stored']);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(2);
    expect(await count('idempotency_keys')).toBe(0);
    expect(await count('tag_jobs')).toBe(2);
  });

  it('fails only the submission that breaks a constraint; the rest of its batch is stored', async () => {
    const settled = await Promise.allSettled([
      insertResponse(t.deps.db, response()),
      insertResponse(t.deps.db, response({ versionId: 'no-such-version' }), claim('k3')),
      insertResponse(t.deps.db, response()),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await countResponses(t.deps.db, 'tiny')).toBe(2);
    expect(await count('idempotency_keys')).toBe(0);
    expect(await count('report_summaries')).toBe(2);
  });

  it('joins the caller’s transaction when given one', async () => {
    await t.deps.db.transaction().execute(async (trx) => {
      expect((await insertResponse(trx, response())).kind).toBe('stored');
    });
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
  });
});
