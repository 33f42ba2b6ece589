// A survey as the designer sees it: its draft (stored, or for a live survey an unedited copy of
// the current version), the approvals of that draft, and what stands between it and publishing.
import { createHash } from 'node:crypto';
import { latestCodebook } from '../../db/codebooks-repository.ts';
import { findDraft, listApprovals } from '../../db/survey-design-repository.ts';
import { listVersionDefinitions } from '../../db/survey-publishing-repository.ts';
import {
  findVersionById,
  listEarlierInSeries,
  type SurveyRow,
} from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { SurveyStatus } from '../contracts.ts';
import {
  type Approval,
  type DesignSettings,
  designSettingsSchema,
  type PublishChecks,
  type SurveyDesign,
} from '../designer-contracts.ts';
import type { Json } from './definition-walk.ts';
import { jsonWarnings } from './import-checks.ts';
import { checkForPublish } from './publish-checks.ts';
import {
  type BreakingChange,
  breakingChanges,
  breakingIssues,
  publishedKeys,
  removedValues,
} from './version-changes.ts';

export interface WorkingDraft {
  /** 0 for the unedited copy of the current version; each save adds one. */
  revision: number;
  json: Json;
  settings: DesignSettings;
  title: string;
  series: string | null;
  updatedAt: string;
  updatedBy: string | null;
  /** False when the draft is the copy of the current version, not yet stored. */
  stored: boolean;
}

/**
 * Settings stored with a version, as the designer edits them. Each field is read on its own, so
 * one field an older version stored differently never costs the others; unknown keys are left out.
 */
export function toDesignSettings(raw: unknown): DesignSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const shape = designSettingsSchema.shape;
  const field = <K extends keyof typeof shape>(key: K) => {
    const parsed = shape[key].safeParse(r[key]);
    return parsed.success ? parsed.data : undefined;
  };
  return designSettingsSchema.parse({
    themedQuestions: field('themedQuestions'),
    unthemedQuestions: field('unthemedQuestions'),
    codebook: field('codebook'),
    positiveOptions: field('positiveOptions'),
    quoteConsentQuestion: field('quoteConsentQuestion'),
    texts: field('texts'),
    localeTexts: field('localeTexts'),
  });
}

export async function workingDraft(deps: AppDeps, survey: SurveyRow): Promise<WorkingDraft | null> {
  const draft = await findDraft(deps.db, survey.id);
  if (draft) {
    return {
      revision: draft.revision,
      json: JSON.parse(draft.definition) as Json,
      settings: toDesignSettings(JSON.parse(draft.settings)),
      title: draft.title,
      series: draft.series,
      updatedAt: draft.updated_at,
      updatedBy: draft.updated_by,
      stored: true,
    };
  }
  if (!survey.current_version_id) return null;
  const version = await findVersionById(deps.db, survey.current_version_id);
  if (!version) return null;
  return {
    revision: 0,
    json: JSON.parse(version.definition) as Json,
    settings: toDesignSettings(JSON.parse(version.settings)),
    title: survey.title,
    series: survey.series,
    updatedAt: version.created_at,
    updatedBy: version.published_by,
    stored: false,
  };
}

export const draftContent = (
  draft: Pick<WorkingDraft, 'json' | 'settings' | 'title' | 'series'>,
) => ({
  definition: JSON.stringify(draft.json),
  settings: JSON.stringify(draft.settings),
  title: draft.title,
  series: draft.series,
});

export const contentHash = (content: { definition: string; settings: string }) =>
  createHash('sha256').update(`${content.definition}\n${content.settings}`).digest('hex');

export async function approvalsOf(
  deps: AppDeps,
  survey: SurveyRow,
  draft: WorkingDraft | null,
): Promise<Approval[]> {
  if (!draft) return [];
  const rows = await listApprovals(deps.db, survey.id, draft.revision);
  return rows.map((a) => ({
    role: a.role as Approval['role'],
    email: a.email,
    at: a.at,
    revision: a.revision,
  }));
}

export async function designOf(deps: AppDeps, survey: SurveyRow): Promise<SurveyDesign> {
  const draft = await workingDraft(deps, survey);
  return {
    survey: {
      slug: survey.slug,
      title: survey.title,
      status: survey.status as SurveyStatus,
      series: survey.series,
      opensAt: survey.opens_at,
      closesAt: survey.closes_at,
      requiresApproval: survey.requires_approval === 1,
      accessCodesRequired: survey.access_codes_required === 1,
      currentVersion: await currentVersionNumber(deps, survey),
      managedBy: survey.managed_by === 'app' ? 'app' : 'file',
    },
    draft: draft
      ? {
          revision: draft.revision,
          title: draft.title,
          series: draft.series,
          json: draft.json,
          settings: draft.settings,
          updatedAt: draft.updatedAt,
          updatedBy: draft.updatedBy,
        }
      : null,
    approvals: await approvalsOf(deps, survey, draft),
    warnings: draft ? jsonWarnings(draft.json) : [],
    published: publishedKeys(await earlierVersions(deps, survey)),
  };
}

async function currentVersionNumber(deps: AppDeps, survey: SurveyRow): Promise<number | null> {
  if (!survey.current_version_id) return null;
  return (await findVersionById(deps.db, survey.current_version_id))?.version ?? null;
}

async function earlierVersions(deps: AppDeps, survey: SurveyRow) {
  return (await listVersionDefinitions(deps.db, survey.id)).map((v) => ({
    version: v.version,
    json: JSON.parse(v.definition) as Json,
  }));
}

export interface DraftChecks extends PublishChecks {
  breaking: BreakingChange[];
}

export async function checksOf(
  deps: AppDeps,
  survey: SurveyRow,
  draft: WorkingDraft,
): Promise<DraftChecks> {
  const codebookExists = Boolean(await latestCodebook(deps.db, draft.settings.codebook));
  const previousInSeries = await previousSurveyOfSeries(deps, survey, draft.series);
  const result = checkForPublish({
    json: draft.json,
    settings: draft.settings,
    codebookExists,
    previousInSeries,
  });
  const earlier = await earlierVersions(deps, survey);
  const breaking = breakingChanges(earlier, draft.json);
  const issues = [
    ...breakingIssues(breaking),
    ...result.issues,
    ...removedValues(earlier, draft.json),
  ];
  const approvals = await approvalsOf(deps, survey, draft);
  const approvalsNeeded =
    survey.requires_approval === 1
      ? (['officer', 'forum'] as const).filter((role) => !approvals.some((a) => a.role === role))
      : [];
  return {
    ...result,
    issues,
    approvalsNeeded,
    ready: !issues.some((i) => i.severity === 'error') && approvalsNeeded.length === 0,
    breaking,
  };
}

async function previousSurveyOfSeries(
  deps: AppDeps,
  survey: SurveyRow,
  series: string | null,
): Promise<{ slug: string; json: Json } | undefined> {
  const earlier = await listEarlierInSeries(deps.db, { ...survey, series });
  const previous = earlier.at(-1);
  if (!previous?.current_version_id) return undefined;
  const version = await findVersionById(deps.db, previous.current_version_id);
  return version
    ? { slug: previous.slug, json: JSON.parse(version.definition) as Json }
    : undefined;
}
