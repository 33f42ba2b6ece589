// Paper responses typed in by officers, and officers' own narrative wording.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses } from '../../db/responses-repository.ts';
import { addUser, asSession, asToken, signIn, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

beforeEach(async () => {
  const dir = writeSurveysDir([surveyFile(), surveyFile({ slug: 'closed-one', status: 'closed' })]);
  t = await createTestApp({ surveysDir: dir, env: { NODE_ENV: 'test' } });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

describe('paper responses', () => {
  it('are validated like online ones and marked as paper in the data and the export', async () => {
    const res = await t.request(
      '/api/surveys/tiny/paper-responses',
      asToken(token, 'POST', { answers: validTinyAnswers }),
    );
    expect(res.status).toBe(201);
    const row = await t.deps.db
      .selectFrom('responses')
      .select(['channel'])
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe('paper');
    const csv = await (
      await t.request('/api/surveys/tiny/responses-export', asToken(token))
    ).text();
    expect(csv).toContain(',paper,');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target', 'details'])
      .execute();
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'response.paper', target: 'tiny' }),
    );
    expect(JSON.stringify(audit)).not.toContain(((await res.json()) as { id: string }).id);
  });

  it('taken by telephone are marked as telephone, and an unknown channel is refused', async () => {
    const res = await t.request(
      '/api/surveys/tiny/paper-responses',
      asToken(token, 'POST', { answers: validTinyAnswers, channel: 'telephone' }),
    );
    expect(res.status).toBe(201);
    const rows = await t.deps.db.selectFrom('responses').select(['channel']).execute();
    expect(rows).toEqual([{ channel: 'telephone' }]);
    const csv = await (
      await t.request('/api/surveys/tiny/responses-export', asToken(token))
    ).text();
    expect(csv).toContain(',telephone,');
    const actions = await t.deps.db.selectFrom('audit_log').select(['action']).execute();
    expect(actions).toContainEqual({ action: 'response.telephone' });

    const online = await t.request(
      '/api/surveys/tiny/paper-responses',
      asToken(token, 'POST', { answers: validTinyAnswers, channel: 'online' }),
    );
    expect(online.status).toBe(400);
    expect(((await online.json()) as { error: { code: string } }).error.code).toBe(
      'invalid_request',
    );
    expect(await countResponses(t.deps.db)).toBe(1);
  });

  it('may be entered after the survey closed, unlike online answers', async () => {
    const online = await t.request(
      '/api/surveys/closed-one/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(online.status).toBe(410);
    const paper = await t.request(
      '/api/surveys/closed-one/paper-responses',
      asToken(token, 'POST', { answers: validTinyAnswers }),
    );
    expect(paper.status).toBe(201);
  });

  it('refuse invalid answers, parents without an account, and sessions without the CSRF token', async () => {
    const bad = await t.request(
      '/api/surveys/tiny/paper-responses',
      asToken(token, 'POST', { answers: { who: 'x' } }),
    );
    expect(bad.status).toBe(400);
    expect(
      (
        await t.request(
          '/api/surveys/tiny/paper-responses',
          postJson({ answers: validTinyAnswers }),
        )
      ).status,
    ).toBe(401);
    const officer = await addUser(t, 'officer');
    const session = await signIn(t, officer.email);
    const noCsrf = await t.request(
      '/api/surveys/tiny/paper-responses',
      asSession(session, 'POST', { answers: validTinyAnswers }, { csrf: false }),
    );
    expect(noCsrf.status).toBe(403);
    expect(await countResponses(t.deps.db)).toBe(0);
  });
});

describe('narratives', () => {
  it("replace the drafted narrative in the report until the officer's text is removed", async () => {
    const draft = async () =>
      (
        (await (await t.request('/api/surveys/tiny/report', asToken(token))).json()) as {
          questions: { name: string; narrative: string }[];
        }
      ).questions.find((q) => q.name === 'who')?.narrative;
    const drafted = await draft();
    const text = 'Most people answering were parents.';
    const put = await t.request(
      '/api/surveys/tiny/narratives/who',
      asToken(token, 'PUT', { text }),
    );
    expect(put.status).toBe(200);
    expect(await draft()).toBe(text);
    expect(
      (await t.request('/api/surveys/tiny/narratives/who', asToken(token, 'DELETE'))).status,
    ).toBe(204);
    expect(await draft()).toBe(drafted);
  });
});
