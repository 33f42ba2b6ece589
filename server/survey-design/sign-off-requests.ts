// Asking named colleagues to sign off a draft: only people who can approve may be asked.
import { addSignOffRequests, listApprovers } from '../../db/sign-off-requests-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { PublicUser } from '../auth/roles.ts';
import { AppError } from '../errors.ts';
import type { Approver } from '../sign-off-contracts.ts';
import { draftOrConflict } from './sign-off-and-publish.ts';

/** The same rule as approveDraft: officers (and admins) and forum members approve. */
export async function approversOf(deps: AppDeps): Promise<Approver[]> {
  const rows = await listApprovers(deps.db);
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    capacity: r.forumMember ? 'forum' : 'officer',
  }));
}

export async function askForSignOff(
  deps: AppDeps,
  survey: SurveyRow,
  user: PublicUser,
  userIds: string[],
): Promise<void> {
  const draft = await draftOrConflict(deps, survey);
  const approvers = new Map((await approversOf(deps)).map((a) => [a.id, a]));
  const unknown = userIds.filter((id) => !approvers.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      400,
      'not_an_approver',
      'Only an officer or a parent carer forum member can be asked to sign off a draft.',
    );
  }
  const asked = [...new Set(userIds)];
  await addSignOffRequests(deps.db, survey.id, asked, user.email, deps.now().toISOString(), {
    actor: { id: user.id, email: user.email },
    action: 'survey.ask_sign_off',
    target: survey.slug,
    details: { revision: draft.revision, asked: asked.map((id) => approvers.get(id)?.email) },
    at: deps.now(),
  });
}
