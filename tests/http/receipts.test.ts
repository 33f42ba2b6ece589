// Anonymous receipts: a parent's page sends a code with the answers; with it they can see the
// themes their answers count under and the public actions for them, and withdraw the answers.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { TABLES_ABOUT_RESPONSES } from '../../db/response-deletion.ts';
import { saveTagResults } from '../../db/tag-results-repository.ts';
import { claimTagJobs } from '../../db/tagging-repository.ts';
import { IDEMPOTENCY_HEADER } from '../../server/contracts.ts';
import { createLogger } from '../../server/logger.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { receiptCode } from '../support/receipt-codes.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import {
  createTestApp,
  postJson,
  type TestApp,
  type TestAppOptions,
  writeSurveysDir,
} from '../support/test-app.ts';

let t: TestApp;
afterEach(async () => t?.close());

const COMMUNICATION = 'Nobody replies to my emails and phone calls about the EHC plan.';
const action = {
  title: 'Reply to every email within ten working days',
  description: 'The SEND team will answer every email within ten working days.',
  status: 'planned',
  public: true,
  themes: ['communication'],
  questions: ['working_well'],
};

async function start(options: TestAppOptions = {}) {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test' },
    ...options,
  });
}

const send = (body: Record<string, unknown>, key?: string) =>
  t.request(
    '/api/surveys/tiny/responses',
    postJson(
      { answers: { ...validTinyAnswers, working_well: COMMUNICATION }, ...body },
      key ? { [IDEMPOTENCY_HEADER]: key } : {},
    ),
  );
const lookup = (code: unknown) => t.request('/api/receipts/lookup', postJson({ code }));
const withdraw = (code: unknown) => t.request('/api/receipts/withdraw', postJson({ code }));
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error;

/** Every row of every table, to show a refused request wrote nothing. */
async function everyRow() {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
    and name not in ('audit_log', 'kysely_migration', 'kysely_migration_lock')`.execute(t.deps.db);
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    out[name] = (await sql`select * from ${sql.table(name)}`.execute(t.deps.db)).rows;
  }
  return out;
}

async function reportCount(token: string) {
  const res = await t.request('/api/surveys/tiny/report', asToken(token));
  expect(res.status).toBe(200);
  return ((await res.json()) as { responses: number }).responses;
}

describe('sending answers with a receipt', () => {
  it('echoes the code, stores only a keyed hash of it, and a retry keeps the one response', async () => {
    await start();
    const code = receiptCode(1);
    const first = await send({ receipt: code.toLowerCase() }, 'retry-key-1');
    expect(first.status).toBe(201);
    const body = (await first.json()) as { id: string; receipt: string };
    expect(body.receipt).toBe(code);
    const again = await send({ receipt: code.toLowerCase() }, 'retry-key-1');
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(body.id);

    const rows = await t.deps.db.selectFrom('receipts').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.response_id).toBe(body.id);
    const plain = code.replaceAll('-', '');
    const dump = JSON.stringify(await everyRow());
    for (const knowable of [plain, code, createHash('sha256').update(plain).digest('hex')]) {
      expect(dump).not.toContain(knowable);
    }
  });

  it('refuses a malformed code (400 invalid_receipt) and a code already in use (409), writing nothing', async () => {
    await start();
    const before = await everyRow();
    for (const bad of ['ABCD-EFGH', `${receiptCode(2)}-AAAA`, 'O0O0-I1I1-ABCD-EFGH-JKLM', 42]) {
      const res = await send({ receipt: bad }, 'bad-receipt');
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe(
        typeof bad === 'number' ? 'invalid_request' : 'invalid_receipt',
      );
    }
    expect(await everyRow()).toEqual(before);
    expect((await send({ receipt: receiptCode(3) }, 'first-key')).status).toBe(201);
    const taken = await everyRow();
    const clash = await send({ receipt: receiptCode(3) }, 'second-key');
    expect(clash.status).toBe(409);
    expect((await errorOf(clash)).code).toBe('receipt_taken');
    expect(await everyRow()).toEqual(taken);
  });
});

describe('looking up a receipt', () => {
  it('shows the survey, the themes the answers count under and the public actions for them', async () => {
    await start();
    const officer = await tokenFor(t, (await addUser(t, 'officer')).id);
    const code = receiptCode(4);
    expect((await send({ receipt: code })).status).toBe(201);
    await t.tagWorker.drain();
    const posted = await t.request('/api/surveys/tiny/actions', asToken(officer, 'POST', action));
    expect(posted.status).toBe(201);
    const hidden = { ...action, title: 'Not yet public', public: false };
    await t.request('/api/surveys/tiny/actions', asToken(officer, 'POST', hidden));
    const other = { ...action, title: 'About transport', themes: ['transport'] };
    await t.request('/api/surveys/tiny/actions', asToken(officer, 'POST', other));

    // Case, spaces and hyphens do not matter.
    for (const typed of [code, code.toLowerCase(), ` ${code.replaceAll('-', ' ')} `]) {
      const res = await lookup(typed);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const found = (await res.json()) as {
        survey: unknown;
        themes: { id: string; label: string }[];
        actions: { title: string; themes: { id: string }[] }[];
      };
      expect(found.survey).toEqual({ slug: 'tiny', title: 'Tiny survey' });
      expect(found.themes.map((th) => th.id)).toContain('communication');
      expect(found.themes.map((th) => th.id)).not.toContain('transport');
      expect(found.actions.map((a) => a.title)).toEqual([action.title]);
      expect(found.actions[0]?.themes.map((th) => th.id)).toEqual(['communication']);
    }
  });

  it('answers a wrong, unknown or withdrawn code with the same 404, and a malformed one with 400', async () => {
    await start();
    const code = receiptCode(5);
    expect((await send({ receipt: code })).status).toBe(201);
    const unknown = await lookup(receiptCode(6));
    expect(unknown.status).toBe(404);
    const unknownBody = await unknown.text();
    // One character wrong.
    const wrong = await lookup(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toBe(unknownBody);
    expect((await withdraw(code)).status).toBe(200);
    for (const res of [await lookup(code), await withdraw(code)]) {
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(unknownBody);
    }
    expect(JSON.parse(unknownBody).error.code).toBe('receipt_not_found');
    for (const bad of ['', 'ABCD', `${code}X`, 'I1I1-O0O0-ABCD-EFGH-JKLM']) {
      const res = await lookup(bad);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('invalid_receipt');
    }
    const extra = await t.request('/api/receipts/lookup', postJson({ code, also: 1 }));
    expect(extra.status).toBe(400);
  });

  it('limits guessing per client like access codes (429), and never logs a code', async () => {
    const lines: string[] = [];
    await start({
      env: { NODE_ENV: 'test', RATE_LIMIT_CODE_CHECKS: '3', LOG_LEVEL: 'debug' },
      logger: createLogger('debug', (line) => lines.push(line)),
    });
    const code = receiptCode(7);
    expect((await send({ receipt: code })).status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await lookup(receiptCode(100 + i))).status);
    expect(statuses).toEqual([404, 404, 404]);
    const limited = await lookup(code);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await withdraw(code)).status).toBe(429);
    expect(lines.length).toBeGreaterThan(0);
    const logged = lines.join('\n');
    for (const c of [code, receiptCode(100), receiptCode(101)]) {
      expect(logged).not.toContain(c);
      expect(logged).not.toContain(c.replaceAll('-', ''));
    }
  });
});

describe('withdrawing', () => {
  it('deletes the response with its analysis and tags; reports count one fewer; the audit line holds no text', async () => {
    await start();
    const officer = await tokenFor(t, (await addUser(t, 'officer')).id);
    const code = receiptCode(8);
    const sent = (await (await send({ receipt: code }, 'withdraw-key')).json()) as { id: string };
    expect((await send({ receipt: receiptCode(9) })).status).toBe(201);
    await t.tagWorker.drain();
    expect(await reportCount(officer)).toBe(2);

    const res = await withdraw(code.toLowerCase());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ withdrawn: true });
    expect(await reportCount(officer)).toBe(1);
    for (const table of TABLES_ABOUT_RESPONSES) {
      const left = await t.deps.db
        .selectFrom(table)
        .select('response_id')
        .where('response_id', '=', sent.id)
        .execute();
      expect(left, table).toEqual([]);
    }
    const gone = await t.deps.db.selectFrom('responses').where('id', '=', sent.id).selectAll();
    expect(await gone.execute()).toEqual([]);
    const entries = (await listAudit(t.deps.db)).filter((e) => e.action.startsWith('response.'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'response.withdraw', target: 'tiny' });
    const line = JSON.stringify(entries[0]);
    expect(line).not.toContain(sent.id);
    expect(line).not.toContain('EHC');
    expect(line).not.toContain(code);
  });

  it('drops a safeguarding flag nobody reviewed, leaving an audit line that a flagged response went', async () => {
    await start();
    const officer = await tokenFor(t, (await addUser(t, 'officer')).id);
    const code = receiptCode(10);
    const text = 'My son talks about wanting to die and we cannot cope';
    const res = await send({ receipt: code, answers: { ...validTinyAnswers, working_well: text } });
    expect(res.status).toBe(201);
    await t.tagWorker.drain();
    const flagged = async () =>
      (await (
        await t.request('/api/surveys/tiny/safeguarding', asToken(officer))
      ).json()) as unknown[];
    expect(await flagged()).toHaveLength(1);
    expect((await withdraw(code)).status).toBe(200);
    expect(await flagged()).toEqual([]);
    const entries = (await listAudit(t.deps.db)).filter((e) => e.action.startsWith('response.'));
    expect(entries.map((e) => e.action)).toEqual(['response.withdraw_flagged']);
    expect(JSON.stringify(entries)).not.toContain('die');
  });

  it('stays withdrawn when the tagger finishes a batch that held the response', async () => {
    await start();
    const code = receiptCode(11);
    const sent = (await (await send({ receipt: code })).json()) as { id: string };
    const kept = (await (await send({ receipt: receiptCode(12) })).json()) as { id: string };
    const now = new Date();
    const jobs = await claimTagJobs(t.deps.db, { limit: 10, now, leaseMs: 60_000 });
    expect(jobs.map((j) => j.responseId).sort()).toEqual([sent.id, kept.id].sort());
    expect((await withdraw(code)).status).toBe(200);
    const result = (responseId: string) => ({
      responseId,
      question: 'working_well',
      substantive: true,
      sentiment: { score: -1, label: 'negative' },
      safeguarding: false,
      safeguardingEvidence: [],
      redacted: COMMUNICATION,
      themes: [{ id: 'communication', score: 0.9, evidence: ['emails'] }],
    });
    const by = { codebookKey: 'send-default', codebookVersion: 1, modelId: null };
    await saveTagResults(t.deps.db, jobs, [result(sent.id), result(kept.id)], by, now);
    const analysed = await t.deps.db.selectFrom('answer_analysis').select('response_id').execute();
    expect(analysed.map((r) => r.response_id)).toEqual([kept.id]);
  });

  it('leaves the answers out of the next publication of the results', async () => {
    await start({ env: { NODE_ENV: 'test', SUPPRESSION_K: '5' } });
    const officer = await tokenFor(t, (await addUser(t, 'officer')).id);
    for (let i = 0; i < 10; i++)
      expect((await send({ receipt: receiptCode(20 + i) })).status).toBe(201);
    expect((await withdraw(receiptCode(20))).status).toBe(200);
    await t.deps.db.updateTable('surveys').set({ status: 'closed' }).execute();
    const published = await t.request(
      '/api/surveys/tiny/publication',
      asToken(officer, 'POST', { questions: ['who'] }),
    );
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ responses: 9 });
  });
});
