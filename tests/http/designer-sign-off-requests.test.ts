// Asking named colleagues to sign off a draft: only people who can approve may be asked, a bad
// request writes nothing, the ask is audited, and each request waits for its person until they
// approve the draft as it stands or it is published.
import { describe, expect, it } from 'vitest';
import type { WaitingSignOff } from '../../server/sign-off-contracts.ts';
import { addUser, tokenFor } from '../support/accounts.ts';
import { createSurvey, errorOf, freshDesignerWorld, threeQuestions } from './designer-support.ts';

const w = freshDesignerWorld({}, (w) =>
  createSurvey(w, 'asked', threeQuestions(), { requiresApproval: true }),
);

const waitingFor = async (token: string) =>
  (await (
    await w.call('GET', '/api/sign-off/waiting', undefined, token)
  ).json()) as WaitingSignOff[];

const asks = () =>
  w.t.deps.db
    .selectFrom('audit_log')
    .select('action')
    .where('action', '=', 'survey.ask_sign_off')
    .execute();

describe('asking for sign-off', () => {
  it('lists officers and forum members only, and refuses anyone else without writing', async () => {
    const forum = await addUser(w.t, 'designer', { forumMember: true });
    const approvers = (await (await w.call('GET', '/api/sign-off/approvers')).json()) as {
      email: string;
      capacity: string;
    }[];
    expect(approvers).toContainEqual(
      expect.objectContaining({ email: w.officer.email, capacity: 'officer' }),
    );
    expect(approvers).toContainEqual(
      expect.objectContaining({ email: forum.email, capacity: 'forum' }),
    );
    expect(approvers.map((a) => a.email)).not.toContain(w.designer.email);

    for (const body of [
      { userIds: [w.designer.id] },
      { userIds: [w.officer.id, 'nobody'] },
      { userIds: [] },
      { userIds: 'everyone' },
      { userIds: [w.officer.id], extra: 1 },
    ]) {
      const res = await w.call('POST', '/api/surveys/asked/sign-off-requests', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(res)).code).toBeTruthy();
    }
    expect(await waitingFor(w.officerToken)).toEqual([]);
    expect(await asks()).toEqual([]);
    const asOfficer = await w.call(
      'POST',
      '/api/surveys/asked/sign-off-requests',
      { userIds: [forum.id] },
      w.officerToken,
    );
    expect(asOfficer.status).toBe(403);
  });

  it('waits for each person until they approve, and is gone once published', async () => {
    const forum = await addUser(w.t, 'designer', { forumMember: true });
    const forumToken = await tokenFor(w.t, forum.id);
    const res = await w.call('POST', '/api/surveys/asked/sign-off-requests', {
      userIds: [w.officer.id, forum.id],
    });
    expect(res.status).toBe(201);
    expect(await asks()).toHaveLength(1);
    expect(await waitingFor(w.officerToken)).toEqual([
      expect.objectContaining({ slug: 'asked', askedBy: w.designer.email }),
    ]);
    expect(await waitingFor(forumToken)).toHaveLength(1);
    expect(await waitingFor(w.designerToken)).toEqual([]);

    expect((await w.call('POST', '/api/surveys/asked/approvals', {}, w.officerToken)).status).toBe(
      201,
    );
    expect(await waitingFor(w.officerToken)).toEqual([]);
    expect(await waitingFor(forumToken)).toHaveLength(1);

    // An edit clears the approvals, so the officer is asked again.
    const edited = threeQuestions();
    edited.pages[0]?.elements.push({
      type: 'comment',
      name: 'more',
      title: 'Anything else?',
    } as never);
    const design = (await (await w.call('GET', '/api/surveys/asked/design')).json()) as {
      draft: { revision: number };
    };
    const saved = await w.call('PUT', '/api/surveys/asked/draft', {
      json: edited,
      baseRevision: design.draft.revision,
    });
    expect(saved.status).toBeLessThan(300);
    expect(await waitingFor(w.officerToken)).toHaveLength(1);

    expect((await w.call('POST', '/api/surveys/asked/approvals', {}, w.officerToken)).status).toBe(
      201,
    );
    expect((await w.call('POST', '/api/surveys/asked/approvals', {}, forumToken)).status).toBe(201);
    const published = await w.call('POST', '/api/surveys/asked/publish', {});
    expect(published.status, await published.clone().text()).toBe(200);
    expect(await waitingFor(forumToken)).toEqual([]);
    expect(await (await w.call('GET', '/api/surveys/asked/sign-off-requests')).json()).toEqual([]);
  });
});
