// Responses per Europe/London day. A day with fewer than k responses would describe fewer than k
// people, so the whole timeline moves to weeks (Monday to Sunday), then calendar months, until no
// period is small; months still small are merged with their neighbours. One unit for the whole
// timeline keeps the chart honest; empty periods are left out (they describe nobody).
import type { TimelineEntry, TimelineUnit } from './report-types.ts';

const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** London days (YYYY-MM-DD) of stored times; times are hourly, so one conversion per hour. */
export class LondonDays {
  private readonly hours = new Map<string, string>();

  of(submittedAt: string): string {
    let day = this.hours.get(submittedAt);
    if (day === undefined) {
      const time = new Date(submittedAt);
      if (Number.isNaN(time.getTime())) throw new Error(`Invalid submittedAt: ${submittedAt}`);
      day = londonDay.format(time);
      this.hours.set(submittedAt, day);
    }
    return day;
  }
}

/** Counts responses per London day. */
export class DayCounter {
  readonly days = new Map<string, number>();
  private readonly london = new LondonDays();

  add(submittedAt: string) {
    const day = this.london.of(submittedAt);
    this.days.set(day, (this.days.get(day) ?? 0) + 1);
  }
}

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (date: Date) => date.toISOString().slice(0, 10);

function period(day: string, unit: TimelineUnit): [string, string] {
  if (unit === 'day') return [day, day];
  const date = asDate(day);
  if (unit === 'week') {
    const monday = new Date(date);
    monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return [asDay(monday), asDay(sunday)];
  }
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return [asDay(first), asDay(last)];
}

interface Bucket {
  from: string;
  to: string;
  count: number;
}

function bucket(days: ReadonlyMap<string, number>, unit: TimelineUnit): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const [day, count] of [...days].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [from, to] = period(day, unit);
    const known = buckets.get(from);
    if (known) known.count += count;
    else buckets.set(from, { from, to, count });
  }
  return [...buckets.values()];
}

/** Joins each small period to the next (the last to the one before) until none is small. */
function mergeSmall(buckets: Bucket[], k: number): Bucket[] {
  const merged: Bucket[] = [];
  let open: Bucket | undefined;
  for (const b of buckets) {
    open = open ? { from: open.from, to: b.to, count: open.count + b.count } : { ...b };
    if (open.count >= k) {
      merged.push(open);
      open = undefined;
    }
  }
  const last = merged[merged.length - 1];
  if (open && last)
    merged[merged.length - 1] = { ...last, to: open.to, count: last.count + open.count };
  else if (open) merged.push(open);
  return merged;
}

export function buildTimeline(
  days: ReadonlyMap<string, number>,
  k: number,
): { unit: TimelineUnit; entries: TimelineEntry[] } {
  let unit: TimelineUnit = 'day';
  let buckets = bucket(days, unit);
  for (const next of ['week', 'month'] as const) {
    if (buckets.every((b) => b.count >= k)) break;
    unit = next;
    buckets = bucket(days, unit);
  }
  if (buckets.some((b) => b.count < k)) buckets = mergeSmall(buckets, k);
  const entries = buckets.map((b): TimelineEntry => {
    const span = unit === 'day' && b.from === b.to ? { date: b.from } : { date: b.from, to: b.to };
    return b.count >= k ? { ...span, count: b.count } : { ...span, suppressed: true };
  });
  return { unit, entries };
}
