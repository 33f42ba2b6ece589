import { describe, expect, it } from 'vitest';
import { buildTimeline, DayCounter } from './timeline.ts';

const count = (times: [string, number][]) => {
  const days = new DayCounter();
  for (const [time, n] of times) for (let i = 0; i < n; i++) days.add(time);
  return days.days;
};

describe('timeline', () => {
  it('counts by Europe/London day, whichever side of the clock change', () => {
    const days = count([
      ['2026-01-05T23:00:00.000Z', 1], // GMT: still the 5th
      ['2026-06-30T23:00:00.000Z', 1], // BST: already 1 July
    ]);
    expect([...days]).toEqual([
      ['2026-01-05', 1],
      ['2026-07-01', 1],
    ]);
  });

  it('shows days when none is small', () => {
    const days = count([
      ['2026-01-05T10:00:00Z', 10],
      ['2026-01-07T10:00:00Z', 12],
    ]);
    expect(buildTimeline(days, 10)).toEqual({
      unit: 'day',
      entries: [
        { date: '2026-01-05', count: 10 },
        { date: '2026-01-07', count: 12 },
      ],
    });
  });

  it('moves to weeks (Monday to Sunday) when a day is small', () => {
    const days = count([
      ['2026-01-05T10:00:00Z', 10],
      ['2026-01-11T10:00:00Z', 2],
      ['2026-01-12T10:00:00Z', 11],
    ]);
    expect(buildTimeline(days, 10).entries).toEqual([
      { date: '2026-01-05', to: '2026-01-11', count: 12 },
      { date: '2026-01-12', to: '2026-01-18', count: 11 },
    ]);
  });

  it('moves to months, then joins small months to their neighbours', () => {
    const days = count([
      ['2026-01-05T10:00:00Z', 6],
      ['2026-02-20T10:00:00Z', 6],
      ['2026-03-03T10:00:00Z', 3],
    ]);
    const timeline = buildTimeline(days, 10);
    expect(timeline.unit).toBe('month');
    expect(timeline.entries).toEqual([{ date: '2026-01-01', to: '2026-03-31', count: 15 }]);
  });

  it('hides the only period when everything together is small', () => {
    const days = count([['2026-01-05T10:00:00Z', 4]]);
    expect(buildTimeline(days, 10).entries).toEqual([
      { date: '2026-01-01', to: '2026-01-31', suppressed: true },
    ]);
  });
});
