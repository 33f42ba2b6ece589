// Co-production sign-off: a draft approved by an officer and a forum member before publishing.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import type { Approval, PublishChecks, SurveyDesign } from '../../server/designer-contracts.ts';
import { addUser, tokenFor } from '../support/accounts.ts';
import { createSurvey, errorOf, freshDesignerWorld, threeQuestions } from './designer-support.ts';

let forumToken: string;
let forumEmail: string;
const w = freshDesignerWorld({}, async (w) => {
  const forum = await addUser(w.t, 'designer', { forumMember: true });
  forumEmail = forum.email;
  forumToken = await tokenFor(w.t, forum.id);
  await createSurvey(w, 'co-made', threeQuestions(), { requiresApproval: true });
});

const approve = (token: string, body?: unknown) =>
  w.call('POST', '/api/surveys/co-made/approvals', body, token);
/** As an admin: the only role that may turn sign-off off. */
async function waiveSignOff() {
  const admin = await tokenFor(w.t, (await addUser(w.t, 'admin')).id);
  const res = await w.call('PATCH', '/api/surveys/co-made', { requiresApproval: false }, admin);
  expect(res.status).toBe(200);
}
const approvals = async () =>
  (await (await w.call('GET', '/api/surveys/co-made/approvals')).json()) as Approval[];

describe('approvals', () => {
  it('are needed from both an officer and a forum member before publishing', async () => {
    const refused = await w.call('POST', '/api/surveys/co-made/publish');
    expect(refused.status).toBe(409);
    const error = await errorOf(refused);
    expect(error.code).toBe('approval_required');
    expect(error.details).toEqual([{ role: 'officer' }, { role: 'forum' }]);

    expect((await approve(w.officerToken)).status).toBe(201);
    const checks = (await (
      await w.call('GET', '/api/surveys/co-made/checks')
    ).json()) as PublishChecks;
    expect(checks).toMatchObject({ approvalsNeeded: ['forum'], ready: false });
    expect((await w.call('POST', '/api/surveys/co-made/publish')).status).toBe(409);

    const res = await approve(forumToken);
    expect(res.status).toBe(201);
    expect(await approvals()).toEqual([
      { role: 'officer', email: w.officer.email, at: expect.any(String), revision: 1 },
      { role: 'forum', email: forumEmail, at: expect.any(String), revision: 1 },
    ]);
    expect((await w.call('POST', '/api/surveys/co-made/publish')).status).toBe(200);
  });

  it('are voided by an edit of the draft, which bumps its revision', async () => {
    await approve(w.officerToken);
    await approve(forumToken);
    await w.call('PUT', '/api/surveys/co-made/draft', { json: threeQuestions() });
    expect(await approvals()).toEqual([]);
    const refused = await w.call('POST', '/api/surveys/co-made/publish');
    expect((await errorOf(refused)).code).toBe('approval_required');
  });

  it('cannot come from a designer who is not a forum member (403)', async () => {
    const res = await approve(w.designerToken);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('cannot_approve');
    expect(await approvals()).toEqual([]);
  });

  it('count an admin as an officer, and let a person approve in only the roles they hold', async () => {
    const admin = await addUser(w.t, 'admin');
    const adminToken = await tokenFor(w.t, admin.id);
    expect((await approve(adminToken, { role: 'forum' })).status).toBe(403);
    expect((await approve(adminToken)).status).toBe(201);
    expect((await approve(adminToken)).status).toBe(200);
    expect((await approvals()).map((a) => a.role)).toEqual(['officer']);
  });

  it('need two different people: an officer who is a forum member signs for one side only', async () => {
    const both = await addUser(w.t, 'officer', { forumMember: true });
    const token = await tokenFor(w.t, both.id);
    expect((await approve(token, { role: 'officer' })).status).toBe(201);
    const second = await approve(token, { role: 'forum' });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).code).toBe('same_person');
    expect((await approvals()).map((a) => a.role)).toEqual(['officer']);
  });

  it('are written to the audit log with who and when', async () => {
    await approve(w.officerToken);
    const rows = (await listAudit(w.t.deps.db)).filter((r) => r.action === 'survey.approve');
    expect(rows).toEqual([
      expect.objectContaining({
        actorEmail: w.officer.email,
        target: 'co-made',
        details: { revision: 1, role: 'officer' },
      }),
    ]);
  });

  it('are not needed once an admin no longer requires them', async () => {
    await waiveSignOff();
    expect((await w.call('POST', '/api/surveys/co-made/publish')).status).toBe(200);
  });

  it('of a live survey approve its unedited copy, which publishing then reopens', async () => {
    await waiveSignOff();
    await w.call('POST', '/api/surveys/co-made/publish');
    await w.call('POST', '/api/surveys/co-made/close');
    await w.call('PATCH', '/api/surveys/co-made', { requiresApproval: true });
    expect((await approve(w.officerToken)).status).toBe(201);
    expect((await approve(forumToken)).status).toBe(201);
    expect((await approvals()).map((a) => a.revision)).toEqual([0, 0]);
    const res = await w.call('POST', '/api/surveys/co-made/publish');
    expect(await res.json()).toMatchObject({ version: 1, newVersion: false });
  });
});

describe('turning sign-off off', () => {
  const requires = async () =>
    ((await (await w.call('GET', '/api/surveys/co-made/design')).json()) as SurveyDesign).survey
      .requiresApproval;
  const settingsRows = async () =>
    (await listAudit(w.t.deps.db)).filter((r) => r.action === 'survey.settings');

  it('is refused to a designer (403), changing nothing, so they cannot publish alone', async () => {
    const res = await w.call('PATCH', '/api/surveys/co-made', {
      requiresApproval: false,
      closesAt: '2031-01-01T00:00:00Z',
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('admin_required');
    expect(await requires()).toBe(true);
    expect(await settingsRows()).toEqual([]);
    expect((await errorOf(await w.call('POST', '/api/surveys/co-made/publish'))).code).toBe(
      'approval_required',
    );
  });

  it('is allowed to an admin, and designers may turn it on; the audit log records both', async () => {
    const admin = await addUser(w.t, 'admin');
    const adminToken = await tokenFor(w.t, admin.id);
    const off = await w.call(
      'PATCH',
      '/api/surveys/co-made',
      { requiresApproval: false },
      adminToken,
    );
    expect(off.status).toBe(200);
    expect(await requires()).toBe(false);
    // Already off: a designer saying so changes nothing and is not refused.
    expect(
      (await w.call('PATCH', '/api/surveys/co-made', { requiresApproval: false })).status,
    ).toBe(200);
    expect((await w.call('PATCH', '/api/surveys/co-made', { requiresApproval: true })).status).toBe(
      200,
    );
    expect(await requires()).toBe(true);
    const rows = (await settingsRows()).map((r) => [r.actorEmail, r.details.requiresApproval]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [admin.email, false],
        [w.designer.email, true],
      ]),
    );
  });
});
