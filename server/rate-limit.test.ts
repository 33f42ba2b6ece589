import { describe, expect, it } from 'vitest';
import { forwardedAddress, networkOf } from './client-key.ts';
import { createRateLimiter } from './rate-limit.ts';

describe('the rate limiter', () => {
  it('keeps a bounded number of keys however many addresses flood it', () => {
    const at = new Date('2026-12-07T10:00:00Z');
    const limiter = createRateLimiter(5, () => at, 1000);
    for (let i = 0; i < 50_000; i++) limiter.take(`key-${i}`);
    expect(limiter.size()).toBe(1000);
  });

  it('forgets the key seen longest ago first, so a busy client stays counted', () => {
    const at = new Date('2026-12-07T10:00:00Z');
    const limiter = createRateLimiter(1, () => at, 3);
    limiter.take('busy');
    for (let i = 0; i < 10; i++) {
      expect(limiter.take('busy').allowed).toBe(false);
      limiter.take(`passer-by-${i}`);
    }
  });

  it('refills nothing when the clock goes back', () => {
    let at = new Date('2026-12-07T10:00:00Z').getTime();
    const limiter = createRateLimiter(1, () => new Date(at));
    limiter.take('k');
    at -= 3_600_000;
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});

describe('the client address', () => {
  it('is the n-th forwarded entry from the right, or the leftmost when there are fewer', () => {
    expect(forwardedAddress('1.1.1.1, 2.2.2.2, 3.3.3.3', 1)).toBe('3.3.3.3');
    expect(forwardedAddress('1.1.1.1, 2.2.2.2, 3.3.3.3', 2)).toBe('2.2.2.2');
    expect(forwardedAddress('3.3.3.3', 2)).toBe('3.3.3.3');
    expect(forwardedAddress('1.1.1.1', 0)).toBeUndefined();
    expect(forwardedAddress(' , ', 1)).toBeUndefined();
  });

  it('is reduced to its network: IPv4 whole, IPv6 to the /64, mapped IPv4 as IPv4', () => {
    expect(networkOf('203.0.113.9')).toBe('203.0.113.9');
    expect(networkOf('203.0.113.9:5123')).toBe('203.0.113.9');
    expect(networkOf('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(networkOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(networkOf('[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64');
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(networkOf('not an address')).toBeUndefined();
  });
});
