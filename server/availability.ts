import type { Availability } from './contracts.ts';

export interface ScheduledSurvey {
  status: string;
  opens_at: string | null;
  closes_at: string | null;
}

/** What a parent can do with a published survey now. Drafts are not public at all. */
export function availabilityOf(
  survey: ScheduledSurvey,
  unavailableReason: string | undefined,
  now: Date,
): Availability {
  if (survey.status === 'closed') return 'closed';
  if (survey.closes_at && Date.parse(survey.closes_at) <= now.getTime()) return 'closed';
  if (survey.opens_at && Date.parse(survey.opens_at) > now.getTime()) return 'not_yet_open';
  if (unavailableReason) return 'unavailable';
  return 'open';
}
