import type { TimelineEntry, TimelineUnit } from '../../../analysis/report/report-types.ts';
import { fewerThan, formatCount } from '../format.ts';

// Timeline dates are London days already; read them as UTC noon so no zone can shift the day.
const asDay = (day: string) => new Date(`${day}T12:00:00Z`);
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

function periodLabel(entry: TimelineEntry, unit: TimelineUnit): string {
  const from = dayFormat.format(asDay(entry.date));
  if (unit === 'month' && !entry.to) return monthFormat.format(asDay(entry.date));
  if (unit === 'week' && !entry.to) return `Week from ${from}`;
  return entry.to ? `${from} to ${dayFormat.format(asDay(entry.to))}` : from;
}

const UNIT_WORDS: Record<TimelineUnit, string> = { day: 'day', week: 'week', month: 'month' };

interface TimelineChartProps {
  timeline: TimelineEntry[];
  unit: TimelineUnit;
  k: number;
}

/** Responses received per day, week or month; bars are scaled to the busiest period. */
export function TimelineChart({ timeline, unit, k }: TimelineChartProps) {
  if (timeline.length === 0) return null;
  const most = Math.max(1, ...timeline.map((e) => ('count' in e ? e.count : 0)));
  return (
    <section aria-labelledby="timeline-heading">
      <h2 className="heading-m" id="timeline-heading">
        Responses over time
      </h2>
      <figure className="bar-chart">
        <figcaption className="bar-chart__caption">
          Responses received each {UNIT_WORDS[unit]} (UK time)
        </figcaption>
        <ul className="bar-chart__list">
          {timeline.map((entry) => (
            <li key={entry.date} className="bar-chart__item">
              <span className="bar-chart__label">{periodLabel(entry, unit)}</span>
              {'count' in entry ? (
                <span className="bar-chart__bar-line">
                  <span className="bar-chart__track" aria-hidden="true">
                    <span
                      className="bar-chart__bar"
                      style={{ width: `${(entry.count / most) * 100}%` }}
                    />
                  </span>
                  <span className="bar-chart__value">{formatCount(entry.count)}</span>
                </span>
              ) : (
                <span className="bar-chart__value bar-chart__value--hidden">{fewerThan(k)}</span>
              )}
            </li>
          ))}
        </ul>
      </figure>
    </section>
  );
}
