import { describe, expect, it } from 'vitest';
import { fromLondonInput, toLondonInput } from './london-input.ts';

describe('UK time in date-and-time inputs', () => {
  it('reads winter times as UTC and summer times as UTC+1', () => {
    expect(fromLondonInput('2026-01-05T09:00')).toBe('2026-01-05T09:00:00.000Z');
    expect(fromLondonInput('2026-07-01T09:30')).toBe('2026-07-01T08:30:00.000Z');
  });

  it('shows an instant in UK time and reads it back unchanged', () => {
    expect(toLondonInput('2026-07-01T08:30:00.000Z')).toBe('2026-07-01T09:30');
    expect(toLondonInput(null)).toBe('');
    expect(fromLondonInput(toLondonInput('2026-10-26T00:30:00.000Z'))).toBe(
      '2026-10-26T00:30:00.000Z',
    );
  });

  it('refuses what is not a date and time', () => {
    expect(fromLondonInput('')).toBeUndefined();
    expect(fromLondonInput('tomorrow')).toBeUndefined();
  });
});
