// Actions ("What we will do"): officers and admins write them, every staff account reads them,
// links are checked against the survey, bad input writes nothing, every change is audited, and only
// public actions reach the report.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let officer: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test' },
  });
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const action = {
  title: 'Reply to every email within ten working days',
  description: 'The SEND team will answer every email within ten working days.',
  status: 'planned',
  public: true,
  themes: ['communication'],
  questions: ['working_well'],
};

const post = (token: string, body: unknown) =>
  t.request('/api/surveys/tiny/actions', asToken(token, 'POST', body));

const errorCode = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;

const rowCounts = async () => ({
  actions: (await t.deps.db.selectFrom('actions').selectAll().execute()).length,
  themes: (await t.deps.db.selectFrom('action_themes').selectAll().execute()).length,
  questions: (await t.deps.db.selectFrom('action_questions').selectAll().execute()).length,
  audit: (
    await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'like', 'action.%')
      .execute()
  ).length,
});

describe('actions', { timeout: 30_000 }, () => {
  it('are created, listed, edited and deleted by an officer, each change audited', async () => {
    const created = await post(officer, action);
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; createdOn: string; updatedOn: string };
    expect(body).toMatchObject({ ...action, id: expect.any(String) });
    expect(body.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const list = await t.request('/api/surveys/tiny/actions', asToken(officer));
    expect(list.status).toBe(200);
    const view = (await list.json()) as {
      actions: unknown[];
      themes: { id: string }[];
      questions: { name: string; title: string }[];
      canEdit: boolean;
    };
    expect(view.actions).toEqual([body]);
    expect(view.canEdit).toBe(true);
    expect(view.themes.map((th) => th.id)).toContain('communication');
    expect(view.questions).toContainEqual({
      name: 'working_well',
      title: 'What is working well?',
    });

    const edited = await t.request(
      `/api/surveys/tiny/actions/${body.id}`,
      asToken(officer, 'PUT', { ...action, status: 'in_progress', themes: ['delays', 'staff'] }),
    );
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({
      status: 'in_progress',
      themes: ['delays', 'staff'],
    });

    const deleted = await t.request(
      `/api/surveys/tiny/actions/${body.id}`,
      asToken(officer, 'DELETE'),
    );
    expect(deleted.status).toBe(204);
    expect(await rowCounts()).toEqual({ actions: 0, themes: 0, questions: 0, audit: 3 });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target'])
      .where('action', 'like', 'action.%')
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'action.create',
      'action.delete',
      'action.update',
    ]);
    expect(audit.every((a) => a.target === `tiny/${body.id}`)).toBe(true);
  });

  it('need a signed-in account (401) and officers or admins to write (403)', async () => {
    const anonymous = await t.request('/api/surveys/tiny/actions');
    expect(anonymous.status).toBe(401);
    expect((await t.request('/api/surveys/tiny/actions', postJson(action))).status).toBe(401);

    const designer = await tokenFor(t, (await addUser(t, 'designer', { forumMember: true })).id);
    const read = await t.request('/api/surveys/tiny/actions', asToken(designer));
    expect(read.status).toBe(200);
    expect(((await read.json()) as { canEdit: boolean }).canEdit).toBe(false);
    const refused = await post(designer, action);
    expect(refused.status).toBe(403);
    expect(await errorCode(refused)).toBe('forbidden');

    const admin = await tokenFor(t, (await addUser(t, 'admin')).id);
    expect((await post(admin, action)).status).toBe(201);
    const id = ((await (await post(officer, action)).json()) as { id: string }).id;
    for (const method of ['PUT', 'DELETE'] as const) {
      const res = await t.request(
        `/api/surveys/tiny/actions/${id}`,
        asToken(designer, method, method === 'PUT' ? action : undefined),
      );
      expect(res.status, method).toBe(403);
    }
    expect((await rowCounts()).actions).toBe(2);
  });

  it('refuse unknown themes and questions and bad fields with a 400, writing nothing', async () => {
    const cases: [unknown, string][] = [
      [{ ...action, themes: ['communication', 'no_such_theme'] }, 'unknown_theme'],
      [{ ...action, questions: ['no_such_question'] }, 'unknown_question'],
      [{ ...action, status: 'finished' }, 'invalid_request'],
      [{ ...action, title: '   ' }, 'invalid_request'],
      [{ ...action, public: 'yes' }, 'invalid_request'],
      [{ ...action, extra: 1 }, 'invalid_request'],
      [{ ...action, themes: 'communication' }, 'invalid_request'],
    ];
    for (const [body, code] of cases) {
      const res = await post(officer, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorCode(res)).toBe(code);
    }
    const unknownTheme = await post(officer, { ...action, themes: ['no_such_theme'] });
    const message = ((await unknownTheme.json()) as { error: { message: string } }).error.message;
    expect(message).toContain('"no_such_theme"');
    expect(await rowCounts()).toEqual({ actions: 0, themes: 0, questions: 0, audit: 0 });

    // An edit with a bad link leaves the action as it was.
    const id = ((await (await post(officer, action)).json()) as { id: string }).id;
    const bad = await t.request(
      `/api/surveys/tiny/actions/${id}`,
      asToken(officer, 'PUT', { ...action, title: 'Changed', questions: ['nope'] }),
    );
    expect(bad.status).toBe(400);
    const [stored] = await t.deps.db.selectFrom('actions').select('title').execute();
    expect(stored?.title).toBe(action.title);
    expect((await rowCounts()).audit).toBe(1);
  });

  it('are 404 for an unknown survey or action', async () => {
    expect((await post(officer, action)).status).toBe(201);
    expect((await t.request('/api/surveys/nope/actions', asToken(officer))).status).toBe(404);
    for (const id of ['not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const res = await t.request(`/api/surveys/tiny/actions/${id}`, asToken(officer, 'DELETE'));
      expect(res.status, id).toBe(404);
      expect(await errorCode(res)).toBe('action_not_found');
    }
  });

  it('reach the report only when public', async () => {
    for (let i = 0; i < 3; i++) {
      await t.request('/api/surveys/tiny/responses', postJson({ answers: validTinyAnswers }));
    }
    await post(officer, action);
    await post(officer, { ...action, title: 'Not yet agreed', public: false });
    const res = await t.request('/api/surveys/tiny/report', asToken(officer));
    const report = (await res.json()) as { actions: unknown[] };
    expect(report.actions).toEqual([
      {
        title: action.title,
        description: action.description,
        status: 'planned',
        themes: ['communication'],
        questions: ['working_well'],
      },
    ]);
    const file = (format: string) =>
      t.request(`/api/surveys/tiny/report?format=${format}`, asToken(officer));
    const html = await (await file('html')).text();
    expect(html).toContain('What we will do');
    expect(html).toContain(action.title);
    expect(html).not.toContain('Not yet agreed');
    const zip = await JSZip.loadAsync(Buffer.from(await (await file('docx')).arrayBuffer()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('What we will do');
    expect(xml).toContain(action.title);
    expect(xml).not.toContain('Not yet agreed');
  });
});
