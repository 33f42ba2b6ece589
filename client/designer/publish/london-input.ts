// Date-and-time inputs show UK time whatever zone the computer is set to, like every other date
// in the app. `<input type="datetime-local">` speaks "YYYY-MM-DDTHH:mm" with no zone at all.
const ZONE = 'Europe/London';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function londonParts(date: Date) {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of partsFormat.formatToParts(date)) p[part.type] = part.value;
  return p;
}

/** An ISO instant as the value of a datetime-local input, in UK time; '' for none. */
export function toLondonInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = londonParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A datetime-local value read as UK time, as an ISO instant; undefined if it is not a time. */
export function fromLondonInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi);
  // UK time is UTC or UTC+1: try both offsets and keep the one that reads back the same.
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    if (toLondonInput(candidate.toISOString()) === value) return candidate.toISOString();
  }
  // A time skipped when the clocks go forward: take the hour after.
  return new Date(wall).toISOString();
}
