import { describe, expect, it } from 'vitest';
import {
  formatLondonDate,
  formatLondonDateIn,
  formatLondonDateTime,
  formatLondonTime,
} from './london-date.ts';

describe('dates in UK time', () => {
  it('writes dates and times the way GOV.UK does', () => {
    expect(formatLondonDateTime('2026-01-05T09:00:00Z')).toBe('Monday 5 January 2026 at 9am');
    expect(formatLondonTime('2026-01-05T14:30:00Z')).toBe('2:30pm');
    expect(formatLondonTime('2026-01-05T12:00:00Z')).toBe('midday');
    expect(formatLondonTime('2026-01-05T00:00:00Z')).toBe('midnight');
  });

  it('uses British Summer Time in summer, whatever the device zone', () => {
    expect(formatLondonDateTime('2026-07-01T08:00:00Z')).toBe('Wednesday 1 July 2026 at 9am');
    // Late evening in UTC is already the next day in London.
    expect(formatLondonDate('2026-06-30T23:30:00Z')).toBe('Wednesday 1 July 2026');
  });

  it('shows nothing for a date it cannot read', () => {
    expect(formatLondonDateTime('not a date')).toBe('');
  });
});

describe('dates in another language', () => {
  it('keep the GOV.UK style in English and use the language’s own long form otherwise', () => {
    expect(formatLondonDateIn('en', '2026-01-05T09:00:00Z', true)).toBe(
      'Monday 5 January 2026 at 9am',
    );
    const welsh = formatLondonDateIn('cy', '2026-07-01T08:00:00Z', true);
    expect(welsh).toMatch(/Gorffennaf 2026/);
    expect(welsh).toMatch(/09:00/);
    expect(formatLondonDateIn('cy', 'not a date', false)).toBe('');
  });
});
