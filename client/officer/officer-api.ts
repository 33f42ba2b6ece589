// Every call the officers' pages make. The session is an HttpOnly cookie; the CSRF token lives only
// in this module's memory, never in storage a script on another page could read.
import { z } from 'zod';
import type { ReportDocument } from '../../analysis/report/document/document-types.ts';
import type { LinkedComparison } from '../../analysis/report/linked-change.ts';
import type { Report } from '../../analysis/report/report-types.ts';
import { availabilitySchema, errorBodySchema, surveyStatusSchema } from '../../server/contracts.ts';
import { versionSummarySchema } from '../../server/designer-contracts.ts';

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.string(),
  forumMember: z.boolean().optional(),
});
export type OfficerUser = z.infer<typeof userSchema>;
const sessionSchema = z.object({ user: userSchema, csrfToken: z.string().optional() });

const officerSurveySchema = z.object({
  slug: z.string(),
  title: z.string(),
  status: surveyStatusSchema,
  availability: z.union([availabilitySchema, z.literal('draft')]),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  series: z.string().nullable(),
  /** Absent for designers, who see no response counts. */
  responses: z.number().optional(),
});
export type OfficerSurvey = z.infer<typeof officerSurveySchema>;

const taggingSchema = z.object({
  backlog: z.number(),
  failed: z.number(),
  oldestQueuedAt: z.string().nullable(),
  runs: z.array(
    z.object({
      id: z.string(),
      reason: z.string(),
      total: z.number(),
      remaining: z.number(),
      createdAt: z.string(),
    }),
  ),
});
export type TaggingStatus = z.infer<typeof taggingSchema>;

/** Why a call failed, in the terms the pages need to explain it. */
export type Failure =
  | { kind: 'signed_out' }
  | { kind: 'forbidden' }
  | { kind: 'not_found' }
  | { kind: 'rejected'; code: string; message: string; retryAfter?: number; details?: unknown[] }
  | { kind: 'failed' };
export type Result<T> = { ok: true; kind: 'ok'; value: T } | ({ ok: false } & Failure);

let csrfToken: string | undefined;

/** Shared with the review screens (review/review-api.ts), which add their own calls. */
export async function call<T>(
  path: string,
  parse: (body: unknown) => T | undefined,
  init?: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> },
) {
  const method = init?.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...init?.headers,
  };
  if (init?.body) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    const response = await fetch(path, {
      ...init,
      headers,
      credentials: 'same-origin',
      signal: AbortSignal.timeout(30_000),
    });
    const body: unknown =
      response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (response.ok) {
      const value = parse(body);
      return value === undefined ? failed() : { ok: true as const, kind: 'ok' as const, value };
    }
    return failure(response, body);
  } catch {
    return failed();
  }
}

const failed = () => ({ ok: false as const, kind: 'failed' as const });

function failure(response: Response, body: unknown): { ok: false } & Failure {
  if (response.status === 401 && !body) return { ok: false, kind: 'signed_out' };
  const error = errorBodySchema.safeParse(body).data?.error;
  if (response.status === 401 && error?.code === 'unauthenticated') {
    return { ok: false, kind: 'signed_out' };
  }
  if (response.status === 403 && error?.code === 'forbidden')
    return { ok: false, kind: 'forbidden' };
  if (response.status === 404) return { ok: false, kind: 'not_found' };
  if (!error || response.status >= 500) return failed();
  const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
  const { code, message, details } = error;
  return { ok: false, kind: 'rejected', code, message, retryAfter, details };
}

function readSession(body: unknown) {
  const parsed = sessionSchema.safeParse(body);
  if (!parsed.success) return undefined;
  csrfToken = parsed.data.csrfToken;
  return parsed.data.user;
}

export const loadSession = () => call('/api/session', readSession);

export const signIn = (email: string, password: string) =>
  call('/api/session', readSession, { method: 'POST', body: JSON.stringify({ email, password }) });

export async function signOut() {
  const result = await call('/api/session', () => true, { method: 'DELETE' });
  if (result.ok) csrfToken = undefined;
  return result;
}

export const fetchSurveys = () =>
  call('/api/officer/surveys', (b) => officerSurveySchema.array().safeParse(b).data);

export const fetchTagging = () =>
  call('/api/officer/tagging', (b) => taggingSchema.safeParse(b).data);

/** What a report is of: a breakdown, one version, a higher threshold than the server's own. */
export interface ReportQuery {
  by?: string;
  version?: number;
  k?: number;
}

/** The query string of a report's options (empty ones left out), for pages and the API alike. */
export function reportSearch({ by, version, k }: ReportQuery): URLSearchParams {
  const query = new URLSearchParams();
  if (by) query.set('by', by);
  if (version !== undefined) query.set('version', String(version));
  if (k !== undefined) query.set('k', String(k));
  return query;
}

/** The report's address for a format; files are plain links, the cookie authenticates GETs. */
/** The internal download of single responses (redacted), which is never a report. */
export function responsesExportUrl(slug: string, format: 'csv' | 'xlsx', version?: number) {
  const query = new URLSearchParams({ format, ...(version ? { version: String(version) } : {}) });
  return `/api/surveys/${encodeURIComponent(slug)}/responses-export?${query}`;
}

export function reportUrl(slug: string, format: string, options: ReportQuery = {}): string {
  const query = new URLSearchParams({ format, ...Object.fromEntries(reportSearch(options)) });
  return `/api/surveys/${encodeURIComponent(slug)}/report?${query}`;
}

/** The JSON report, with the document the files lay out and the state of an officer's summary. */
export type ReportView = Report & {
  document?: ReportDocument;
  summaryEdit?: { stale: boolean };
  /** How views changed among parents who linked their answers with a receipt code. */
  comparePrevious?: LinkedComparison;
};

function readReport(body: unknown): ReportView | undefined {
  // The report is built by this same code base; a shape check catches a proxy's error page.
  const looksRight =
    typeof body === 'object' &&
    body !== null &&
    'questions' in body &&
    Array.isArray(body.questions);
  return looksRight ? (body as ReportView) : undefined;
}

/** The officers' page always asks how views changed among linked parents (files never carry it). */
export const fetchReport = (slug: string, query: ReportQuery = {}) =>
  call(`${reportUrl(slug, 'json', query)}&compare=previous`, readReport);

/** Published versions, for choosing the report of one. */
export const fetchVersions = (slug: string) =>
  call(
    `/api/surveys/${encodeURIComponent(slug)}/versions`,
    (b) => versionSummarySchema.array().safeParse(b).data,
  );
