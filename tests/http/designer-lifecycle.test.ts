// A survey's life in the designer API: draft, publish, a new version, close.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import type { SurveyDesign } from '../../server/designer-contracts.ts';
import { SHIPPED_PAGE_WORDING } from '../../server/survey-design/placeholder-checks.ts';
import { postJson } from '../support/test-app.ts';
import {
  createSurvey,
  errorOf,
  failAuditWrites,
  freshDesignerWorld,
  threeQuestions,
} from './designer-support.ts';

const w = freshDesignerWorld();

const design = async (slug: string) =>
  (await (await w.call('GET', `/api/surveys/${slug}/design`)).json()) as SurveyDesign;

describe('creating a draft', () => {
  it('stores the JSON as a draft that the public cannot see', async () => {
    const res = await createSurvey(w, 'wave-one', threeQuestions());
    expect(res.status).toBe(201);
    const body = (await res.json()) as SurveyDesign;
    expect(body.survey).toMatchObject({
      slug: 'wave-one',
      title: 'Survey wave-one',
      status: 'draft',
      currentVersion: null,
      managedBy: 'app',
      requiresApproval: false,
      accessCodesRequired: false,
    });
    expect(body.draft).toMatchObject({ revision: 1, json: threeQuestions() });
    expect(body.draft?.updatedBy).toBe(w.designer.email);
    expect(body.warnings).toEqual([]);
    expect((await w.t.request('/api/surveys/wave-one')).status).toBe(404);
    expect(await design('wave-one')).toEqual(body);
  });

  it('refuses an address already in use with 409, writing nothing', async () => {
    await createSurvey(w, 'taken', threeQuestions());
    const again = await createSurvey(w, 'taken', { pages: [] });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('slug_taken');
    expect((await design('taken')).draft?.json).toEqual(threeQuestions());
  });

  it('lets only one of two designers claiming the same address at once succeed', async () => {
    const results = await Promise.all([
      createSurvey(w, 'race', threeQuestions()),
      createSurvey(w, 'race', { pages: [] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const creates = (await listAudit(w.t.deps.db)).filter((r) => r.action === 'survey.create');
    expect(creates).toHaveLength(1);
  });

  it('starts from the blank template when neither json nor template is given', async () => {
    const res = await w.call('POST', '/api/surveys', { slug: 'empty', title: 'Empty' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as SurveyDesign;
    expect(body.draft?.json).toEqual({
      ...SHIPPED_PAGE_WORDING,
      pages: [{ name: 'page1', elements: [] }],
    });
  });

  it('returns 404 for a survey that does not exist', async () => {
    for (const [method, path] of [
      ['GET', '/api/surveys/nope/design'],
      ['PUT', '/api/surveys/nope/draft'],
      ['PATCH', '/api/surveys/nope'],
      ['GET', '/api/surveys/nope/checks'],
      ['POST', '/api/surveys/nope/publish'],
      ['POST', '/api/surveys/nope/close'],
      ['GET', '/api/surveys/nope/versions'],
      ['POST', '/api/surveys/nope/approvals'],
    ] as const) {
      const body =
        method === 'PUT' ? { json: threeQuestions() } : method === 'PATCH' ? {} : undefined;
      const res = await w.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect((await errorOf(res)).code).toBe('survey_not_found');
    }
  });
});

describe('saving the draft', () => {
  it('bumps the revision and refuses a save based on an older revision (409)', async () => {
    await createSurvey(w, 'edits', threeQuestions());
    const json = threeQuestions();
    json.pages[0]?.elements.push({ type: 'text', name: 'extra', title: 'Anything else?' } as never);
    const saved = await w.call('PUT', '/api/surveys/edits/draft', { json, baseRevision: 1 });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as SurveyDesign).draft?.revision).toBe(2);
    const stale = await w.call('PUT', '/api/surveys/edits/draft', {
      json: threeQuestions(),
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).code).toBe('draft_changed');
    expect((await design('edits')).draft?.json).toEqual(json);
  });

  it('changes title and series of a survey that was never published', async () => {
    await createSurvey(w, 'named', threeQuestions());
    await w.call('PUT', '/api/surveys/named/draft', {
      json: threeQuestions(),
      title: 'A better title',
      series: 'confidence',
    });
    expect((await design('named')).survey).toMatchObject({
      title: 'A better title',
      series: 'confidence',
    });
  });
  it("keeps a live survey's new title in its draft until the draft is published", async () => {
    await createSurvey(w, 'retitled', threeQuestions());
    await w.call('POST', '/api/surveys/retitled/publish');
    await w.call('PUT', '/api/surveys/retitled/draft', {
      json: threeQuestions(),
      title: 'Retitled for the next wave',
    });
    const before = await design('retitled');
    expect(before.draft).toMatchObject({ title: 'Retitled for the next wave', series: null });
    expect(before.survey.title).not.toBe('Retitled for the next wave');
    await w.call('POST', '/api/surveys/retitled/publish');
    expect((await design('retitled')).survey.title).toBe('Retitled for the next wave');
  });
});

describe('publishing', () => {
  it('freezes the draft as version 1, opens it to parents and deletes the draft', async () => {
    await createSurvey(w, 'go-live', threeQuestions());
    const res = await w.call('POST', '/api/surveys/go-live/publish');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: number; design: SurveyDesign };
    expect(body.version).toBe(1);
    expect(body.design.survey).toMatchObject({ status: 'open', currentVersion: 1 });
    // A live survey with no stored draft shows a copy of its current version to edit.
    expect(body.design.draft).toMatchObject({ revision: 0, json: threeQuestions() });

    const pub = await w.t.request('/api/surveys/go-live');
    expect(pub.status).toBe(200);
    expect(await pub.json()).toMatchObject({
      version: 1,
      availability: 'open',
      json: threeQuestions(),
    });
    const answer = await w.t.request(
      '/api/surveys/go-live/responses',
      postJson({ version: 1, answers: { has_plan: 'no', age: 7 } }),
    );
    expect(answer.status).toBe(201);

    // Officers see how many answered each version; designers see the versions without counts.
    const versions = await (
      await w.call('GET', '/api/surveys/go-live/versions', undefined, w.officerToken)
    ).json();
    expect(await (await w.call('GET', '/api/surveys/go-live/versions')).json()).toEqual([
      { version: 1, createdAt: expect.any(String), publishedBy: w.designer.email },
    ]);
    expect(versions).toEqual([
      { version: 1, createdAt: expect.any(String), publishedBy: w.designer.email, responses: 1 },
    ]);
    const v1 = (await (await w.call('GET', '/api/surveys/go-live/versions/1')).json()) as {
      json: unknown;
      settings: unknown;
    };
    expect(v1.json).toEqual(threeQuestions());
    expect(v1.settings).toMatchObject({ themedQuestions: [], codebook: 'send-default' });
    expect((await w.call('GET', '/api/surveys/go-live/versions/2')).status).toBe(404);
  });

  it('keeps each response on the version it answered when a new version is published', async () => {
    await createSurvey(w, 'two-versions', threeQuestions());
    await w.call('POST', '/api/surveys/two-versions/publish');
    await w.t.request(
      '/api/surveys/two-versions/responses',
      postJson({ version: 1, answers: { has_plan: 'no' } }),
    );
    const json = threeQuestions();
    json.pages[0]?.elements.push({
      type: 'comment',
      name: 'more',
      title: 'Anything else?',
    } as never);
    expect(
      (await w.call('PUT', '/api/surveys/two-versions/draft', { json, baseRevision: 0 })).status,
    ).toBe(200);
    const published = await w.call('POST', '/api/surveys/two-versions/publish');
    expect(((await published.json()) as { version: number }).version).toBe(2);
    const versions = (await (
      await w.call('GET', '/api/surveys/two-versions/versions', undefined, w.officerToken)
    ).json()) as {
      version: number;
      responses: number;
    }[];
    expect(versions.map((v) => [v.version, v.responses])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    // A parent whose page still shows version 1 can still send it.
    const late = await w.t.request(
      '/api/surveys/two-versions/responses',
      postJson({ version: 1, answers: { has_plan: 'yes', plan_view: 'Good' } }),
    );
    expect(late.status).toBe(201);
  });

  it('refuses to drop or retype a question an earlier version published (409), but allows hiding it', async () => {
    await createSurvey(w, 'stable', threeQuestions());
    await w.call('POST', '/api/surveys/stable/publish');
    const dropped = threeQuestions();
    dropped.pages[0]?.elements.splice(2, 1);
    const retyped = threeQuestions();
    Object.assign(retyped.pages[0]?.elements[0] ?? {}, { type: 'checkbox' });
    for (const json of [dropped, retyped]) {
      await w.call('PUT', '/api/surveys/stable/draft', { json });
      const res = await w.call('POST', '/api/surveys/stable/publish');
      expect(res.status).toBe(409);
      const error = await errorOf(res);
      expect(error.code).toBe('breaking_change');
      expect(error.details).toEqual([
        expect.objectContaining({ question: json === dropped ? 'age' : 'has_plan' }),
      ]);
    }
    expect((await design('stable')).survey.currentVersion).toBe(1);
    const hidden = threeQuestions();
    Object.assign(hidden.pages[0]?.elements[2] ?? {}, { visible: false });
    await w.call('PUT', '/api/surveys/stable/draft', { json: hidden });
    expect((await w.call('POST', '/api/surveys/stable/publish')).status).toBe(200);
  });

  it('sets the opening window when given, and refuses a window that closes before it opens', async () => {
    await createSurvey(w, 'window', threeQuestions());
    const bad = await w.call('POST', '/api/surveys/window/publish', {
      opensAt: '2030-02-01T00:00:00Z',
      closesAt: '2030-01-01T00:00:00Z',
    });
    expect(bad.status).toBe(400);
    const res = await w.call('POST', '/api/surveys/window/publish', {
      opensAt: '2030-01-01T00:00:00Z',
      closesAt: '2030-02-01T00:00:00Z',
    });
    expect(res.status).toBe(200);
    const pub = (await (await w.t.request('/api/surveys/window')).json()) as {
      availability: string;
    };
    expect(pub.availability).toBe('not_yet_open');
  });

  it('republishing an unchanged live survey adds no version', async () => {
    await createSurvey(w, 'same', threeQuestions());
    await w.call('POST', '/api/surveys/same/publish');
    await w.call('POST', '/api/surveys/same/close');
    const again = await w.call('POST', '/api/surveys/same/publish');
    expect(await again.json()).toMatchObject({ version: 1, newVersion: false });
    expect((await design('same')).survey.status).toBe('open');
  });
});

describe('a change that fails half-way', () => {
  it('publishes nothing when the audit row cannot be written', async () => {
    await createSurvey(w, 'unrecorded', threeQuestions());
    await failAuditWrites(w.t, 'survey.publish');
    const res = await w.call('POST', '/api/surveys/unrecorded/publish');
    expect(res.status).toBe(500);
    const after = await design('unrecorded');
    expect(after.survey).toMatchObject({ status: 'draft', currentVersion: null });
    expect(after.draft).toMatchObject({ revision: 1, json: threeQuestions() });
    expect(await (await w.call('GET', '/api/surveys/unrecorded/versions')).json()).toEqual([]);
    expect((await w.t.request('/api/surveys/unrecorded')).status).toBe(404);
  });
});

describe('closing', () => {
  it('stops new answers with 410 and keeps everything', async () => {
    await createSurvey(w, 'closing', threeQuestions());
    await w.call('POST', '/api/surveys/closing/publish');
    await w.t.request('/api/surveys/closing/responses', postJson({ answers: { has_plan: 'no' } }));
    const closed = await w.call('POST', '/api/surveys/closing/close');
    expect(closed.status).toBe(200);
    expect(((await closed.json()) as SurveyDesign).survey.status).toBe('closed');
    const late = await w.t.request(
      '/api/surveys/closing/responses',
      postJson({ answers: { has_plan: 'yes' } }),
    );
    expect(late.status).toBe(410);
    const versions = (await (
      await w.call('GET', '/api/surveys/closing/versions', undefined, w.officerToken)
    ).json()) as {
      responses: number;
    }[];
    expect(versions[0]?.responses).toBe(1);
  });

  it('refuses to close a survey that was never published', async () => {
    await createSurvey(w, 'unpublished', threeQuestions());
    const res = await w.call('POST', '/api/surveys/unpublished/close');
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('not_published');
  });
});

describe('survey settings (PATCH)', () => {
  it('changes schedule, approval and access-code settings', async () => {
    await createSurvey(w, 'patched', threeQuestions());
    const res = await w.call('PATCH', '/api/surveys/patched', {
      opensAt: '2030-01-01T09:00:00Z',
      closesAt: '2030-03-01T17:00:00Z',
      requiresApproval: true,
      accessCodesRequired: true,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as SurveyDesign).survey).toMatchObject({
      opensAt: '2030-01-01T09:00:00Z',
      closesAt: '2030-03-01T17:00:00Z',
      requiresApproval: true,
      accessCodesRequired: true,
    });
    const bad = await w.call('PATCH', '/api/surveys/patched', { closesAt: '2029-01-01T00:00:00Z' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('invalid_schedule');
    const unknown = await w.call('PATCH', '/api/surveys/patched', { status: 'open' });
    expect(unknown.status).toBe(400);
  });
});

describe('the audit log', () => {
  it('records each change with who made it', async () => {
    await createSurvey(w, 'audited', threeQuestions());
    await w.call('PUT', '/api/surveys/audited/draft', { json: threeQuestions() });
    await w.call('PATCH', '/api/surveys/audited', { requiresApproval: false });
    await w.call('POST', '/api/surveys/audited/publish');
    await w.call('POST', '/api/surveys/audited/close');
    const rows = (await listAudit(w.t.deps.db)).filter((r) => r.target === 'audited');
    expect(rows.map((r) => r.action).sort()).toEqual(
      [
        'survey.close',
        'survey.create',
        'survey.draft.save',
        'survey.publish',
        'survey.settings',
      ].sort(),
    );
    for (const row of rows) expect(row.actorEmail).toBe(w.designer.email);
    expect(rows.find((r) => r.action === 'survey.publish')?.details).toMatchObject({ version: 1 });
    expect((await findSurveyBySlug(w.t.deps.db, 'audited'))?.managed_by).toBe('app');
  });
});
