import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import { IDEMPOTENCY_HEADER, submitResponseBodySchema } from '../contracts.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { limited } from '../rate-limits.ts';
import { formatReceipt, normaliseReceipt } from '../receipts.ts';
import { acceptResponse, readIdempotencyKey } from '../services/submit-response.ts';

export function responsesRoutes(deps: AppDeps) {
  const app = new Hono();

  app.post(
    '/:slug/responses',
    limited(deps.limits.submission),
    jsonBodyLimit(deps.config.maxBodyBytes),
    async (c) => {
      const idempotencyKey = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
      const body = await readJsonBody(c, submitResponseBodySchema);
      const id = await acceptResponse(deps, {
        slug: c.req.param('slug'),
        body,
        idempotencyKey,
        channel: 'online',
        onCodeAttempt: () => deps.limits.codeCheck(c),
        onReceiptAttempt: () => deps.limits.codeCheck(c),
      });
      // Echoed so the page shows the very code that was stored (checked by acceptResponse).
      const receipt =
        body.receipt === undefined
          ? {}
          : { receipt: formatReceipt(normaliseReceipt(body.receipt)) };
      return c.json({ id, ...receipt }, 201);
    },
  );

  return app;
}
