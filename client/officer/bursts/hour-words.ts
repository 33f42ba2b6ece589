// An hour as officers read it: "Tuesday 1 December 2026, 8pm to 9pm" (UK time).
import { formatLondonDate, formatLondonTime } from '../../lib/london-date.ts';

const HOUR_MS = 3_600_000;

export function hourInWords(hour: string): string {
  const end = new Date(new Date(hour).getTime() + HOUR_MS);
  return `${formatLondonDate(hour)}, ${formatLondonTime(hour)} to ${formatLondonTime(end)}`;
}

/** "8pm to 9pm on Tuesday 1 December 2026", or a span across hours. */
export function hoursInWords(first: string, last: string): string {
  if (first === last) return hourInWords(first);
  return `from ${hourInWords(first)}, until ${hourInWords(last)}`;
}
