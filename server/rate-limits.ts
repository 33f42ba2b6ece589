// The app's two rate limits, per client (server/client-key.ts): sending answers, and anything
// that tests an access code (the public check, and answers sent with a code the survey needs).
import type { Context, MiddlewareHandler } from 'hono';
import { createClientKeys } from './client-key.ts';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { createRateLimiter } from './rate-limit.ts';

export interface RateLimits {
  /** Throws 429 too_many_requests when the client has sent too many answers this minute. */
  submission(c: Context): void;
  /** Throws 429 when the client has tried too many access codes this minute. */
  codeCheck(c: Context): void;
}

export function tooManyRequests(retryAfterSeconds: number) {
  return new AppError(
    429,
    'too_many_requests',
    `Too many requests from your network. Please try again in ${retryAfterSeconds} seconds.`,
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

export function createRateLimits(
  config: Pick<Config, 'rateLimitSubmissions' | 'rateLimitCodeChecks' | 'trustProxy'>,
  now: () => Date,
): RateLimits {
  const keys = createClientKeys(config.trustProxy, now);
  const limit = (perMinute: number) => {
    const limiter = createRateLimiter(perMinute, now);
    return (c: Context) => {
      if (perMinute <= 0) return;
      const verdict = limiter.take(keys.keyOf(c));
      if (!verdict.allowed) throw tooManyRequests(verdict.retryAfterSeconds);
    };
  };
  return {
    submission: limit(config.rateLimitSubmissions),
    codeCheck: limit(config.rateLimitCodeChecks),
  };
}

/** Middleware form, before the body is read, so a flood costs the server as little as possible. */
export function limited(check: (c: Context) => void): MiddlewareHandler {
  return async (c, next) => {
    check(c);
    await next();
  };
}
