// Approving a draft and publishing it: the rules that decide, turned into the API's errors.
import type { AuditEntry } from '../../db/audit-repository.ts';
import { addApproval } from '../../db/survey-design-repository.ts';
import { publishDraft } from '../../db/survey-publishing-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { PublicUser } from '../auth/roles.ts';
import { AppError } from '../errors.ts';
import {
  checksOf,
  contentHash,
  draftContent,
  type WorkingDraft,
  workingDraft,
} from './design-state.ts';

export async function draftOrConflict(deps: AppDeps, survey: SurveyRow): Promise<WorkingDraft> {
  const draft = await workingDraft(deps, survey);
  if (!draft) throw new AppError(409, 'no_draft', 'This survey has nothing to publish or approve.');
  return draft;
}

export function checkSchedule(opensAt: string | null, closesAt: string | null) {
  if (opensAt && closesAt && Date.parse(opensAt) >= Date.parse(closesAt)) {
    throw new AppError(400, 'invalid_schedule', 'The closing time must be after the opening time.');
  }
}

const auditEntry = (
  deps: AppDeps,
  user: PublicUser,
  action: string,
  target: string,
  details: Record<string, unknown>,
): AuditEntry => ({
  actor: { id: user.id, email: user.email },
  action,
  target,
  details,
  at: deps.now(),
});

/** Records the caller's approval of the current draft revision; true when it is new. */
export async function approveDraft(
  deps: AppDeps,
  survey: SurveyRow,
  user: PublicUser,
  requested: 'officer' | 'forum' | undefined,
): Promise<boolean> {
  const eligible = [
    ...(user.role === 'officer' || user.role === 'admin' ? (['officer'] as const) : []),
    ...(user.forumMember ? (['forum'] as const) : []),
  ];
  // A forum member's voice is the rarer one to have in the room, so it is their default.
  const role = requested ?? (eligible.includes('forum') ? 'forum' : eligible[0]);
  if (!role || !eligible.some((r) => r === role)) {
    throw new AppError(
      403,
      'cannot_approve',
      'Only an officer, or a member of the parent carer forum, can approve a draft.',
    );
  }
  const draft = await draftOrConflict(deps, survey);
  const result = await addApproval(
    deps.db,
    {
      survey_id: survey.id,
      revision: draft.revision,
      role,
      user_id: user.id,
      email: user.email,
      at: deps.now().toISOString(),
    },
    draft.stored ? undefined : draftContent(draft),
    auditEntry(deps, user, 'survey.approve', survey.slug, { revision: draft.revision, role }),
  );
  if (result === 'same_person') {
    throw new AppError(
      409,
      'same_person',
      'You have already approved this draft in your other role; another person must give this approval.',
    );
  }
  if (result === 'stale') {
    throw new AppError(
      409,
      'draft_changed',
      'The draft changed while you were approving it. Look at it again.',
    );
  }
  return result === 'added';
}

export interface PublishRequest {
  opensAt?: string | null;
  closesAt?: string | null;
  incompleteLanguages?: string[];
}

/** Publishes the draft once nothing breaks, nothing is wrong and the sign-off is complete. */
export async function publishSurvey(
  deps: AppDeps,
  survey: SurveyRow,
  user: PublicUser,
  request: PublishRequest,
): Promise<{ version: number; newVersion: boolean }> {
  checkSchedule(
    request.opensAt === undefined ? survey.opens_at : request.opensAt,
    request.closesAt === undefined ? survey.closes_at : request.closesAt,
  );
  const draft = await draftOrConflict(deps, survey);
  const checks = await checksOf(deps, survey, draft);
  if (checks.breaking.length > 0) {
    throw new AppError(
      409,
      'breaking_change',
      'This draft removes or changes the type of questions that parents have already answered. Hide them instead.',
      checks.issues.filter((i) => i.code === 'breaking_change'),
    );
  }
  const errors = checks.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new AppError(
      409,
      'not_ready',
      'Fix the problems in the checks before publishing.',
      errors,
    );
  }
  const confirmed = new Set(request.incompleteLanguages ?? []);
  const incomplete = checks.issues.filter(
    (i) => i.code.startsWith('language_') && i.locale && !confirmed.has(i.locale),
  );
  if (incomplete.length > 0) {
    throw new AppError(
      409,
      'incomplete_language',
      'Some languages are not fully translated. Confirm that they may be published as they are, or translate them first.',
      incomplete,
    );
  }
  if (checks.approvalsNeeded.length > 0) {
    throw new AppError(
      409,
      'approval_required',
      'This survey needs the draft approved by an officer and a forum member before publishing.',
      checks.approvalsNeeded.map((role) => ({ role })),
    );
  }
  const content = draftContent(draft);
  const published = await publishDraft(
    deps.db,
    {
      surveyId: survey.id,
      revision: draft.stored ? draft.revision : null,
      content,
      contentHash: contentHash(content),
      publishedBy: user.email,
      opensAt: request.opensAt,
      closesAt: request.closesAt,
    },
    (version, newVersion) =>
      auditEntry(deps, user, 'survey.publish', survey.slug, {
        version,
        newVersion,
        revision: draft.revision,
        ...request,
      }),
    deps.now().toISOString(),
  );
  if (published === 'changed') {
    throw new AppError(409, 'draft_changed', 'The draft changed while publishing. Check it again.');
  }
  return published;
}
