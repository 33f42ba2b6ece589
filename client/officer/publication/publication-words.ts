// What the published results page tells officers when the server refuses, in plain English.
import type { Failure } from '../officer-api.ts';

/** A day (YYYY-MM-DD) as "9 December 2026". */
export function longDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export function refusalText(failure: Failure, k: number): string {
  if (failure.kind === 'forbidden') return 'Only officers and administrators can publish results.';
  if (failure.kind === 'signed_out') return 'You have been signed out. Sign in again, then retry.';
  if (failure.kind === 'not_found') return 'Nothing is published for this survey any more.';
  if (failure.kind !== 'rejected') return 'The results could not be published. Try again.';
  switch (failure.code) {
    case 'survey_not_closed':
      return 'This survey is still open. Results can be published only once it has closed.';
    case 'republication_too_small':
      return `Too few answers have changed since results were last published. Publishing again now would let someone compare the two pages and work out what one family said. Wait until at least ${k} answers have been added or removed.`;
    case 'unknown_question':
      return 'One of the questions chosen is no longer in this survey. Reload the page and choose again.';
    case 'invalid_request':
      return 'Choose at least one question to publish.';
    default:
      return failure.message;
  }
}
