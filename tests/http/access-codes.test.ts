// Single-use access codes: issued in batches, shown once, stored hashed, and never linkable to the
// response that used them.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses } from '../../db/responses-repository.ts';
import { addUser, asSession, asToken, signIn, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';
import { failAuditWrites } from './designer-support.ts';

let t: TestApp;
let designer: string;
let officer: string;

beforeEach(async () => {
  const dir = writeSurveysDir([surveyFile(), surveyFile({ slug: 'open-to-all' })]);
  t = await createTestApp({ surveysDir: dir, env: { NODE_ENV: 'test' } });
  designer = await tokenFor(t, (await addUser(t, 'designer')).id);
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
  await t.deps.db
    .updateTable('surveys')
    .set({ access_codes_required: 1 })
    .where('slug', '=', 'tiny')
    .execute();
});
afterEach(async () => t.close());

async function issue(count: number): Promise<string[]> {
  const res = await t.request(
    '/api/surveys/tiny/access-codes',
    asToken(designer, 'POST', { count }),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { codes: string[] }).codes;
}

const submit = (body: Record<string, unknown>, headers?: Record<string, string>) =>
  t.request('/api/surveys/tiny/responses', postJson(body, headers));

const summary = async () =>
  (await t.request('/api/surveys/tiny/access-codes', asToken(officer))).json();

describe('issuing access codes', () => {
  it('gives designers a batch of distinct, easy-to-read codes once, and stores only hashes', async () => {
    const codes = await issue(50);
    expect(codes).toHaveLength(50);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const rows = await t.deps.db.selectFrom('access_codes').selectAll().execute();
    expect(rows).toHaveLength(50);
    const stored = JSON.stringify(rows);
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
    const audit = await t.deps.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'access_codes.issue', target: 'tiny' }),
    );
    expect(JSON.stringify(audit)).not.toContain(codes[0]);
    expect(await summary()).toEqual({ issued: 50, used: 0 });
  });

  it('lets officers count codes but not issue them; parents can do neither', async () => {
    const res = await t.request(
      '/api/surveys/tiny/access-codes',
      asToken(officer, 'POST', { count: 5 }),
    );
    expect(res.status).toBe(403);
    expect((await t.request('/api/surveys/tiny/access-codes')).status).toBe(401);
    expect((await t.request('/api/surveys/tiny/access-codes', postJson({ count: 5 }))).status).toBe(
      401,
    );
    const admin = await addUser(t, 'admin');
    const session = await signIn(t, admin.email);
    const byAdmin = await t.request(
      '/api/surveys/tiny/access-codes',
      asSession(session, 'POST', { count: 2 }),
    );
    expect(byAdmin.status).toBe(201);
  });

  it('refuses a bad count and an unknown survey without writing anything', async () => {
    for (const count of [0, 2001, 1.5, '10']) {
      const res = await t.request(
        '/api/surveys/tiny/access-codes',
        asToken(designer, 'POST', { count }),
      );
      expect(res.status).toBe(400);
    }
    const unknown = await t.request(
      '/api/surveys/nope/access-codes',
      asToken(designer, 'POST', { count: 3 }),
    );
    expect(unknown.status).toBe(404);
    expect(await t.deps.db.selectFrom('access_codes').selectAll().execute()).toEqual([]);
  });

  it('stores no code when its audit row cannot be written: the batch and its record are one change', async () => {
    await failAuditWrites(t, 'access_codes.issue');
    const res = await t.request(
      '/api/surveys/tiny/access-codes',
      asToken(designer, 'POST', { count: 5 }),
    );
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toMatch(/[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/);
    expect(await t.deps.db.selectFrom('access_codes').selectAll().execute()).toEqual([]);
    expect(await summary()).toEqual({ issued: 0, used: 0 });
  });
});

describe('answering a survey that needs a code', () => {
  it('is switched on and off by the designers through PATCH /api/surveys/:slug', async () => {
    const patch = (accessCodesRequired: boolean) =>
      t.request('/api/surveys/open-to-all', asToken(designer, 'PATCH', { accessCodesRequired }));
    expect((await patch(true)).status).toBe(200);
    const needed = await t.request(
      '/api/surveys/open-to-all/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(needed.status).toBe(403);
    expect((await patch(false)).status).toBe(200);
    const open = await t.request(
      '/api/surveys/open-to-all/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(open.status).toBe(201);
  });

  it('says so in the public survey', async () => {
    const tiny = (await (await t.request('/api/surveys/tiny')).json()) as Record<string, unknown>;
    const open = (await (await t.request('/api/surveys/open-to-all')).json()) as Record<
      string,
      unknown
    >;
    expect(tiny.accessCodeRequired).toBe(true);
    expect(open.accessCodeRequired).toBe(false);
  });

  it('accepts a valid code once, in any case and spacing, and refuses it the second time', async () => {
    const [code = ''] = await issue(3);
    const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
    expect((await submit({ answers: validTinyAnswers, accessCode: typed })).status).toBe(201);
    const again = await submit({ answers: validTinyAnswers, accessCode: code });
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe(
      'access_code_invalid',
    );
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
    expect(await summary()).toEqual({ issued: 3, used: 1 });
  });

  it('refuses a missing or unknown code with 403 and stores nothing', async () => {
    await issue(2);
    for (const body of [
      { answers: validTinyAnswers },
      { answers: validTinyAnswers, accessCode: 'ABCD-EFGH' },
    ]) {
      const res = await submit(body);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'access_code_invalid',
      );
    }
    expect(await countResponses(t.deps.db, 'tiny')).toBe(0);
    expect(await summary()).toEqual({ issued: 2, used: 0 });
  });

  it('does not take a code for invalid answers', async () => {
    const [code] = await issue(1);
    const res = await submit({ answers: { who: 'nobody' }, accessCode: code });
    expect(res.status).toBe(400);
    expect(await summary()).toEqual({ issued: 1, used: 0 });
  });

  it('treats a retried submission as one: no second code is used and the retry succeeds', async () => {
    const [code] = await issue(2);
    const headers = { 'Idempotency-Key': 'retry-key-0001' };
    const first = await submit({ answers: validTinyAnswers, accessCode: code }, headers);
    const retry = await submit({ answers: validTinyAnswers, accessCode: code }, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(await first.json());
    expect(await countResponses(t.deps.db, 'tiny')).toBe(1);
    expect(await summary()).toEqual({ issued: 2, used: 1 });
  });

  it('lets a parent retry with a good code after a wrong one under the same key', async () => {
    const [code] = await issue(1);
    const headers = { 'Idempotency-Key': 'retry-key-0002' };
    expect(
      (await submit({ answers: validTinyAnswers, accessCode: 'WRNG-CODE' }, headers)).status,
    ).toBe(403);
    expect((await submit({ answers: validTinyAnswers, accessCode: code }, headers)).status).toBe(
      201,
    );
  });

  it('checks a code without using it, for the page to ask before the questions', async () => {
    const [code] = await issue(1);
    const check = (accessCode: unknown) =>
      t.request('/api/surveys/tiny/access-code-check', postJson({ accessCode }));
    expect((await check(code)).status).toBe(200);
    expect((await check('ZZZZ-ZZZZ')).status).toBe(403);
    expect((await check(42)).status).toBe(400);
    expect(await summary()).toEqual({ issued: 1, used: 0 });
  });

  it('needs no code for a survey that does not ask for one, nor for paper forms', async () => {
    const open = await t.request(
      '/api/surveys/open-to-all/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(open.status).toBe(201);
    const paper = await t.request(
      '/api/surveys/tiny/paper-responses',
      asToken(officer, 'POST', { answers: validTinyAnswers }),
    );
    expect(paper.status).toBe(201);
  });
});

describe('anonymity of access codes', () => {
  it('keeps only the survey, a hash and an old used flag: using a code leaves its row as it was', async () => {
    const columns = await sql<{
      name: string;
    }>`select name from pragma_table_info('access_codes')`.execute(t.deps.db);
    expect(columns.rows.map((c) => c.name).sort()).toEqual(['code_hash', 'survey_id', 'used']);
    const foreignKeys = await sql<{
      table: string;
    }>`select "table" from pragma_foreign_key_list('access_codes')`.execute(t.deps.db);
    expect(foreignKeys.rows.map((f) => f.table)).toEqual(['surveys']);

    const codes = await issue(3);
    const before = await t.deps.db
      .selectFrom('access_codes')
      .selectAll()
      .orderBy('code_hash')
      .execute();
    const res = await submit({ answers: validTinyAnswers, accessCode: codes[1] });
    const { id } = (await res.json()) as { id: string };
    const after = await t.deps.db
      .selectFrom('access_codes')
      .selectAll()
      .orderBy('code_hash')
      .execute();
    // The code's own row does not change at all: the use is recorded only as a keyed tag.
    expect(after).toEqual(before);
    const spent = await t.deps.db.selectFrom('spent_access_codes').selectAll().execute();
    expect(spent).toHaveLength(1);
    for (const row of before) expect(spent[0]?.tag).not.toBe(row.code_hash);
    expect(await summary()).toEqual({ issued: 3, used: 1 });
    expect(JSON.stringify(after)).not.toContain(id);
    const response = await t.deps.db.selectFrom('responses').selectAll().executeTakeFirstOrThrow();
    for (const row of before) expect(JSON.stringify(response)).not.toContain(row.code_hash);
    expect(JSON.stringify(response)).not.toContain((codes[1] ?? '').replace('-', ''));
  });
});
