// Hostile and pathological input: redaction runs on every answer, so no string may make it throw
// or stall (a regular expression that backtracks badly would stall the tagger for everyone).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireShared } from '../../tests/support/shared-fixtures.ts';
import { redact, redactDetailed } from './redact.ts';

const blnsPath = requireShared('fixtures/hostile/blns.json');
const payloadsPath = requireShared('fixtures/hostile/hostile_payloads_50.json');

describe.skipIf(!blnsPath || !payloadsPath)('hostile strings', () => {
  it('returns a string for every string of the Big List of Naughty Strings', () => {
    const strings = JSON.parse(readFileSync(blnsPath ?? '', 'utf8')) as string[];
    expect(strings.length).toBeGreaterThan(500);
    for (const s of strings) {
      const out = redact(s);
      expect(typeof out).toBe('string');
      // Markers only ever replace text, so nothing outside them is invented.
      expect(out.replace(/\[[A-Z_]+\]/g, '').length).toBeLessThanOrEqual(s.length);
    }
  });

  it('returns a string for every labelled payload', () => {
    const payloads = JSON.parse(readFileSync(payloadsPath ?? '', 'utf8')) as { payload: string }[];
    for (const { payload } of payloads) expect(typeof redactDetailed(payload).text).toBe('string');
  });
});

describe('pathological input', () => {
  it.each([
    ['digits and spaces', '0 1 2 3 4 5 6 7 8 9 '.repeat(5000)],
    ['one long word', 'a'.repeat(100_000)],
    ['dots between letters', 'a.'.repeat(50_000)],
    ['at signs', 'a@'.repeat(50_000)],
    ['capitalised words', 'Okafor Smith '.repeat(8000)],
    ['school words', 'St Mary St Primary '.repeat(5000)],
    ['numbers before street words', '12 a b c Road '.repeat(8000)],
  ])('handles %s quickly', (_label, input) => {
    const started = performance.now();
    expect(typeof redact(input)).toBe('string');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps typical answers fast (a regression guard, not the benchmark)', () => {
    const answer =
      'My daughter Emily (9) has ASD. Mrs Patel the SENCO at Oakfield Academy tried her best but ' +
      'there is no funding and CAMHS discharged her. Call me on 07700 900123 if you want to know more.';
    for (let i = 0; i < 200; i++) redact(answer);
    const started = performance.now();
    for (let i = 0; i < 2000; i++) redact(answer);
    const microseconds = ((performance.now() - started) * 1000) / 2000;
    expect(microseconds).toBeLessThan(300);
  });
});
