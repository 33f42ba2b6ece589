// The calls behind the publishing and sharing panels. The session cookie and CSRF token are the
// officers' (one sign-in for both sides), so every call goes through officer-api's `call`.
import { z } from 'zod';
import {
  approvalSchema,
  publishChecksSchema,
  surveyDesignSchema,
  versionSummarySchema,
} from '../../../server/designer-contracts.ts';
import { call } from '../../officer/officer-api.ts';

export type { Failure, Result } from '../../officer/officer-api.ts';

export const surveyPath = (slug: string, rest = '') =>
  `/api/surveys/${encodeURIComponent(slug)}${rest}`;

/** A list answered either bare or wrapped in an object under `key`. */
export function listOf<T extends z.ZodType>(schema: T, key: string) {
  return (body: unknown): z.infer<T>[] | undefined => {
    const wrapped = z.object({ [key]: z.array(z.unknown()) }).safeParse(body).data;
    const list = Array.isArray(body) ? body : wrapped?.[key];
    return z.array(schema).safeParse(list).data;
  };
}

const post = (body?: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body ?? {}),
});

export const fetchDesign = (slug: string) =>
  call(surveyPath(slug, '/design'), (b) => surveyDesignSchema.safeParse(b).data);

export const fetchChecks = (slug: string) =>
  call(surveyPath(slug, '/checks'), (b) => publishChecksSchema.safeParse(b).data);

export const fetchVersions = (slug: string) =>
  call(surveyPath(slug, '/versions'), listOf(versionSummarySchema, 'versions'));

export const fetchApprovals = (slug: string) =>
  call(surveyPath(slug, '/approvals'), listOf(approvalSchema, 'approvals'));

/** The server approves in the caller's own capacity: forum member if they are one, else officer. */
export const approveDraft = (slug: string) =>
  call(surveyPath(slug, '/approvals'), () => true, post());

export interface Schedule {
  opensAt?: string | null;
  closesAt?: string | null;
}

const publishedSchema = z.object({ version: z.number().int() });

/** incompleteLanguages: the languages the team agreed to publish although incomplete. */
export const publishSurvey = (slug: string, schedule: Schedule, incompleteLanguages: string[]) =>
  call(
    surveyPath(slug, '/publish'),
    (b) => ({
      version: publishedSchema.safeParse(b).data?.version,
    }),
    post({ ...schedule, ...(incompleteLanguages.length > 0 && { incompleteLanguages }) }),
  );

export const closeSurvey = (slug: string) => call(surveyPath(slug, '/close'), () => true, post());

export interface SurveySettingsChange extends Schedule {
  requiresApproval?: boolean;
  accessCodesRequired?: boolean;
}

export const changeSurveySettings = (slug: string, change: SurveySettingsChange) =>
  call(surveyPath(slug), () => true, { method: 'PATCH', body: JSON.stringify(change) });
