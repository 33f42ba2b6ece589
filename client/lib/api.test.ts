import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkAccessCode, retryAfterSeconds, submitAnswers } from './api.ts';

afterEach(() => vi.unstubAllGlobals());

const reply = (status: number, headers: Record<string, string> = {}) =>
  vi.fn(async () => new Response('{}', { status, headers }));

describe('a 429', () => {
  it('on sending means: wait as long as Retry-After says, then send again', async () => {
    vi.stubGlobal('fetch', reply(429, { 'Retry-After': '17' }));
    expect(await submitAnswers('s', { answers: {} }, 'key-12345')).toEqual({
      kind: 'too_many',
      retryAfterSeconds: 17,
    });
  });

  it('on checking a code means: too many codes tried from here just now', async () => {
    vi.stubGlobal('fetch', reply(429, { 'Retry-After': '30' }));
    expect(await checkAccessCode('s', 'ABCD-EFGH')).toBe('busy');
  });

  it('has a wait read from seconds or a date, kept between 1 second and 10 minutes', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(retryAfterSeconds('20', now)).toBe(20);
    expect(retryAfterSeconds('0', now)).toBe(1);
    expect(retryAfterSeconds('86400', now)).toBe(600);
    expect(retryAfterSeconds('Mon, 07 Dec 2026 10:00:45 GMT', now)).toBe(45);
    expect(retryAfterSeconds(null, now)).toBe(30);
    expect(retryAfterSeconds('soon', now)).toBe(30);
  });
});
