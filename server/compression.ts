// Compresses the larger answers that carry nothing secret: the survey definition (14 KB of JSON
// that every parent downloads), the list of open surveys, the survey's page and the officers'
// report. Only these: BREACH recovers a secret from the size of a compressed answer that also
// reflects the attacker's input, so answers with tokens, codes or share links stay as they are,
// and so does the answer to a submission (small, and it echoes what was sent).
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

const PUBLIC_ANSWERS = [
  /^\/api\/surveys\/?$/,
  /^\/api\/surveys\/[^/]+\/?$/,
  /^\/api\/surveys\/[^/]+\/report\/?$/,
  /^\/s\/[^/]+\/?$/,
];

export function compressPublicAnswers(): MiddlewareHandler {
  const compressing = compress();
  return async (c, next) => {
    if (c.req.method !== 'GET' || !PUBLIC_ANSWERS.some((path) => path.test(c.req.path))) {
      return next();
    }
    return compressing(c, next);
  };
}
