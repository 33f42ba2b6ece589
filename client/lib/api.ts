// Every call the browser makes to the server. Responses are checked against the shared contract so
// a proxy's error page or a half-deployed server shows as a clear failure, not a broken screen.
import {
  type ErrorDetail,
  errorBodySchema,
  errorDetailSchema,
  IDEMPOTENCY_HEADER,
  type PublicSurvey,
  publicSurveySchema,
  type SubmitResponseBody,
  type SurveySummary,
  submitResponseResultSchema,
  surveySummarySchema,
} from '../../server/contracts.ts';
import { withSortedKeys } from './sorted-keys.ts';

export type SurveyLoad =
  | { kind: 'found'; survey: PublicSurvey }
  | { kind: 'not_found' }
  | { kind: 'failed' };

export type SubmitOutcome =
  /** receipt: the code the server stored, as it echoed it. */
  | { kind: 'sent'; receipt?: string }
  | { kind: 'already_sent' }
  | { kind: 'invalid'; details: ErrorDetail[] }
  | { kind: 'not_open' }
  | { kind: 'closed' }
  | { kind: 'not_found' }
  | { kind: 'too_large' }
  | { kind: 'rejected'; message: string }
  | { kind: 'access_code_invalid' }
  /** The earlier survey's receipt matched nothing (or was used): the answers can go unlinked. */
  | { kind: 'previous_receipt_refused' }
  /** The page's own receipt code could not be used: a new one is made. */
  | { kind: 'receipt_refused' }
  /** Too many answers from the parent's network just now: try again after this long. */
  | { kind: 'too_many'; retryAfterSeconds: number }
  | { kind: 'failed' };

const surveyPath = (slug: string) => `/api/surveys/${encodeURIComponent(slug)}`;

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export async function fetchSurvey(slug: string): Promise<SurveyLoad> {
  try {
    const response = await fetch(surveyPath(slug), {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(20_000),
    });
    if (response.status === 404) return { kind: 'not_found' };
    if (!response.ok) return { kind: 'failed' };
    const parsed = publicSurveySchema.safeParse(await readJson(response));
    return parsed.success ? { kind: 'found', survey: parsed.data } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

/** Open questionnaires for the home page. Any problem just means an empty list. */
export async function fetchOpenSurveys(): Promise<SurveySummary[]> {
  try {
    const response = await fetch('/api/surveys', {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(20_000),
    });
    if (!response.ok) return [];
    const parsed = surveySummarySchema.array().safeParse(await readJson(response));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Retry-After in seconds (a number or an HTTP date), kept between 1 second and 10 minutes. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  const text = header?.trim() ?? '';
  const seconds = /^\d+$/.test(text) ? Number(text) : (Date.parse(text) - now) / 1000;
  return Number.isFinite(seconds) ? Math.min(600, Math.max(1, Math.ceil(seconds))) : 30;
}

function outcomeOfError(status: number, body: unknown): SubmitOutcome {
  const error = errorBodySchema.safeParse(body).data?.error;
  if (status >= 500 || !error) return { kind: 'failed' };
  // Before the statuses: these share 404 and 409 with a missing or closed survey.
  if (error.code === 'receipt_not_found' || error.code === 'receipt_already_linked') {
    return { kind: 'previous_receipt_refused' };
  }
  if (error.code === 'receipt_taken' || error.code === 'invalid_receipt') {
    return { kind: 'receipt_refused' };
  }
  if (status === 404) return { kind: 'not_found' };
  if (status === 409) return { kind: 'not_open' };
  if (status === 410) return { kind: 'closed' };
  if (status === 413) return { kind: 'too_large' };
  if (error.code === 'idempotency_key_reused') return { kind: 'already_sent' };
  if (error.code === 'access_code_invalid') return { kind: 'access_code_invalid' };
  if (error.code === 'invalid_response') {
    const details = (error.details ?? []).flatMap((d) => {
      const parsed = errorDetailSchema.safeParse(d);
      return parsed.success ? [parsed.data] : [];
    });
    return { kind: 'invalid', details };
  }
  return { kind: 'rejected', message: error.message };
}

export async function submitAnswers(
  slug: string,
  body: SubmitResponseBody,
  idempotencyKey: string,
): Promise<SubmitOutcome> {
  try {
    const response = await fetch(`${surveyPath(slug)}/responses`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        [IDEMPOTENCY_HEADER]: idempotencyKey,
      },
      // The server recognises a retry by the exact body, so key order must not depend on the
      // order the answers happened to be given or restored in.
      body: JSON.stringify(withSortedKeys(body)),
      // A request that hangs on a weak signal is retried with the same key, which is safe.
      signal: AbortSignal.timeout(30_000),
    });
    if (response.status === 201 || response.ok) {
      const sent = submitResponseResultSchema.safeParse(await readJson(response)).data;
      return { kind: 'sent', receipt: sent?.receipt };
    }
    // From us or from a proxy in front: either way, wait as long as it says and send again.
    if (response.status === 429) {
      return {
        kind: 'too_many',
        retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
      };
    }
    return outcomeOfError(response.status, await readJson(response));
  } catch {
    return { kind: 'failed' };
  }
}

/** busy: too many codes tried from the parent's network just now. */
export type AccessCodeCheck = 'ok' | 'invalid' | 'busy' | 'failed';

/** Asks whether a code would be accepted, without using it up. */
export async function checkAccessCode(slug: string, accessCode: string): Promise<AccessCodeCheck> {
  try {
    const response = await fetch(`${surveyPath(slug)}/access-code-check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ accessCode }),
      signal: AbortSignal.timeout(20_000),
    });
    if (response.ok) return 'ok';
    if (response.status === 429) return 'busy';
    return response.status === 403 || response.status === 400 ? 'invalid' : 'failed';
  } catch {
    return 'failed';
  }
}
