// Sign-off of actions by a forum member, when an admin turns it on: an action cannot be made public
// until a forum member has signed off its wording, and a change after that hides it again until it
// is signed off again. Refusals write nothing; every sign-off has its audit row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import type { TestApp } from '../support/test-app.ts';
import { seriesApp } from '../support/you-said-we-did.ts';

let t: TestApp;
let officer: string;
let forum: string;

beforeEach(async () => {
  t = await seriesApp();
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
  forum = await tokenFor(t, (await addUser(t, 'designer', { forumMember: true })).id);
  const admin = await tokenFor(t, (await addUser(t, 'admin')).id);
  const res = await t.request('/api/action-sign-off', asToken(admin, 'PUT', { required: true }));
  expect(res.status).toBe(200);
});
afterEach(async () => t.close());

const action = {
  title: 'Reply to every email within ten working days',
  description: 'The SEND team will answer every email within ten working days.',
  status: 'planned',
  public: false,
  themes: ['communication'],
  questions: [],
};
const base = '/api/surveys/spring/actions';
const shown = async () =>
  (await (await t.request('/you-said-we-did/spring')).text()).includes(action.title);
const errorCode = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;
const approvals = async () =>
  (
    await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'action.approve')
      .execute()
  ).length;

describe('signing off actions', { timeout: 60_000 }, () => {
  it('keeps an action off public pages until a forum member signs off its current wording', async () => {
    const refused = await t.request(base, asToken(officer, 'POST', { ...action, public: true }));
    expect(refused.status).toBe(409);
    expect(await errorCode(refused)).toBe('approval_required');
    expect(await t.deps.db.selectFrom('actions').selectAll().execute()).toEqual([]);

    const created = await t.request(base, asToken(officer, 'POST', action));
    const { id } = (await created.json()) as { id: string };
    const makePublic = () =>
      t.request(`${base}/${id}`, asToken(officer, 'PUT', { ...action, public: true }));
    expect((await makePublic()).status).toBe(409);

    const approved = await t.request(`${base}/${id}/approval`, asToken(forum, 'POST'));
    expect(approved.status).toBe(201);
    expect(
      ((await approved.json()) as { signOff: { current?: unknown } }).signOff.current,
    ).toBeDefined();
    expect(await approvals()).toBe(1);
    expect((await makePublic()).status).toBe(200);
    expect(await shown()).toBe(true);
    expect(await (await t.request('/you-said-we-did/feed.atom')).text()).toContain(action.title);

    // A note is public wording too: the action leaves the pages until it is signed off again.
    await t.request(
      `${base}/${id}/updates`,
      asToken(officer, 'POST', { note: 'Started in March.' }),
    );
    expect(await shown()).toBe(false);
    const report = (await (
      await t.request('/api/surveys/spring/report', asToken(officer))
    ).json()) as {
      actions: unknown[];
    };
    expect(report.actions).toEqual([]);
    expect((await t.request(`${base}/${id}/approval`, asToken(forum, 'POST'))).status).toBe(201);
    expect(await shown()).toBe(true);
    // Signing off the same wording twice changes nothing.
    expect((await t.request(`${base}/${id}/approval`, asToken(forum, 'POST'))).status).toBe(200);
    expect(await approvals()).toBe(2);
  });

  it('is refused to anyone outside the forum (403) and to the person who wrote the change (409)', async () => {
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const { id } = (await (await t.request(base, asToken(officer, 'POST', action))).json()) as {
      id: string;
    };
    for (const token of [designer, officer]) {
      const res = await t.request(`${base}/${id}/approval`, asToken(token, 'POST'));
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe('cannot_approve');
    }
    const forumOfficer = await addUser(t, 'officer', { forumMember: true });
    const author = await tokenFor(t, forumOfficer.id);
    await t.request(
      `${base}/${id}`,
      asToken(author, 'PUT', { ...action, title: 'Answer emails faster' }),
    );
    const own = await t.request(`${base}/${id}/approval`, asToken(author, 'POST'));
    expect(own.status).toBe(409);
    expect(await errorCode(own)).toBe('same_person');
    // Nor may they sign off a note of their own added after someone else's change.
    await t.request(
      `${base}/${id}`,
      asToken(officer, 'PUT', { ...action, title: 'Answer emails' }),
    );
    await t.request(`${base}/${id}/updates`, asToken(author, 'POST', { note: 'Started in May.' }));
    expect((await t.request(`${base}/${id}/approval`, asToken(author, 'POST'))).status).toBe(409);
    expect(await approvals()).toBe(0);
    expect(
      (
        await t.request(
          `${base}/00000000-0000-4000-8000-000000000000/approval`,
          asToken(forum, 'POST'),
        )
      ).status,
    ).toBe(404);
  });

  it('is a setting only admins change', async () => {
    const res = await t.request(
      '/api/action-sign-off',
      asToken(officer, 'PUT', { required: false }),
    );
    expect(res.status).toBe(403);
    const read = await t.request('/api/action-sign-off', asToken(officer));
    expect(await read.json()).toEqual({ required: true });
  });
});
