// A token bucket per client key: up to `perMinute` requests at once, refilled at `perMinute` a
// minute. Counters live in this process's memory only (each instance counts its own), and the
// number of keys is capped so a flood from many addresses cannot grow memory without bound.

/** Keys tracked at most; past this the least recently seen is forgotten (it gets a full bucket). */
export const MAX_TRACKED_KEYS = 20_000;

interface Bucket {
  tokens: number;
  at: number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one request's token, or says how long until one is free. */
  take(key: string): Verdict;
  /** Keys tracked now (for tests of the memory bound). */
  size(): number;
}

export function createRateLimiter(
  perMinute: number,
  now: () => Date,
  maxKeys = MAX_TRACKED_KEYS,
): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  return {
    take(key) {
      if (perMinute <= 0) return { allowed: true };
      const at = now().getTime();
      const previous = buckets.get(key);
      // A clock that went back refills nothing rather than taking tokens away.
      const refilled = previous
        ? Math.min(perMinute, previous.tokens + Math.max(0, at - previous.at) * perMs)
        : perMinute;
      // Deleting and re-adding keeps the Map in order of last use, oldest first.
      buckets.delete(key);
      if (refilled < 1) {
        buckets.set(key, { tokens: refilled, at });
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / perMs / 1000)),
        };
      }
      buckets.set(key, { tokens: refilled - 1, at });
      while (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest === undefined) break;
        buckets.delete(oldest);
      }
      return { allowed: true };
    },
    size: () => buckets.size,
  };
}
