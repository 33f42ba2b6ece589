// Stored times are UTC ISO strings. London's offset from UTC is always whole hours, so an hour
// truncated in UTC is the same hour in Europe/London.
export function truncateToHour(date: Date): string {
  const d = new Date(date.getTime());
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString();
}

export const LONDON = 'Europe/London';

/** The calendar day (YYYY-MM-DD) of a moment in Europe/London, for grouping by day. */
export function londonDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LONDON }).format(date);
}
