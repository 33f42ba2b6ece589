// What officers add to a survey's results: narratives in their own words, and paper or telephone
// responses typed in on a parent's behalf.
import { z } from 'zod';
import {
  errorDetailSchema,
  IDEMPOTENCY_HEADER,
  type OfficerChannel,
  publicSurveySchema,
  submitResponseResultSchema,
} from '../../server/contracts.ts';
import { call, type Failure } from './officer-api.ts';

const base = (slug: string) => `/api/surveys/${encodeURIComponent(slug)}`;

export const saveNarrative = (slug: string, question: string, text: string) =>
  call(
    `${base(slug)}/narratives/${encodeURIComponent(question)}`,
    (b) => z.object({ text: z.string() }).safeParse(b).data,
    { method: 'PUT', body: JSON.stringify({ text }) },
  );

export const resetNarrative = (slug: string, question: string) =>
  call(`${base(slug)}/narratives/${encodeURIComponent(question)}`, () => true, {
    method: 'DELETE',
  });

/** The questionnaire as parents get it; closed surveys still load, so late forms can be entered. */
export const fetchQuestionnaire = (slug: string) =>
  call(base(slug), (b) => publicSurveySchema.safeParse(b).data);

export function sendPaperResponse(
  slug: string,
  version: number,
  answers: Record<string, unknown>,
  idempotencyKey: string,
  channel: OfficerChannel,
) {
  return call(
    `${base(slug)}/paper-responses`,
    (b) => submitResponseResultSchema.safeParse(b).data,
    {
      method: 'POST',
      body: JSON.stringify({ answers, version, channel }),
      headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
    },
  );
}

/** Per-question problems the server found, when it refused the answers. */
export function questionProblems(failure: Failure) {
  if (failure.kind !== 'rejected') return [];
  return (failure.details ?? []).flatMap((d) => {
    const parsed = errorDetailSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The report's summary page in an officer's words; DELETE returns to the drafted one. */
export const saveSummary = (slug: string, text: string) =>
  call(`${base(slug)}/summary`, (b) => z.object({ text: z.string() }).safeParse(b).data, {
    method: 'PUT',
    body: JSON.stringify({ text }),
  });

export const resetSummary = (slug: string) =>
  call(`${base(slug)}/summary`, () => true, { method: 'DELETE' });
