// Dates are shown in UK time whatever the device's own zone is, in the style GOV.UK uses:
// "Monday 5 January 2026 at 9am".
const ZONE = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

function partsOf(format: Intl.DateTimeFormat, date: Date) {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

function toDate(value: string | Date): Date | undefined {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "Monday 5 January 2026" */
export function formatLondonDate(value: string | Date): string {
  const date = toDate(value);
  if (!date) return '';
  const p = partsOf(dateFormat, date);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "9am", "9:30pm", "midday", "midnight" */
export function formatLondonTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return '';
  const p = partsOf(timeFormat, date);
  const period = (p.dayPeriod ?? '').replace(/\./g, '').toLowerCase();
  if (p.minute === '00' && p.hour === '12') return period === 'pm' ? 'midday' : 'midnight';
  return p.minute === '00' ? `${p.hour}${period}` : `${p.hour}:${p.minute}${period}`;
}

/** "Monday 5 January 2026 at 9am" */
export function formatLondonDateTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return '';
  return `${formatLondonDate(date)} at ${formatLondonTime(date)}`;
}

/**
 * For a parent reading another language (tag: an HTML lang such as "cy"): the language's own long
 * date, with the time when asked. English keeps the GOV.UK style above.
 */
export function formatLondonDateIn(tag: string, value: string | Date, withTime: boolean): string {
  const date = toDate(value);
  if (!date) return '';
  const english = withTime ? formatLondonDateTime(date) : formatLondonDate(date);
  if (/^en\b/i.test(tag)) return english;
  try {
    return new Intl.DateTimeFormat(tag, {
      timeZone: ZONE,
      dateStyle: 'full',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(date);
  } catch {
    return english;
  }
}
