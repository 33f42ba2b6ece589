import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import { IDEMPOTENCY_HEADER, submitResponseBodySchema } from '../contracts.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { acceptResponse, readIdempotencyKey } from '../services/submit-response.ts';

export function responsesRoutes(deps: AppDeps) {
  const app = new Hono();

  app.post('/:slug/responses', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const idempotencyKey = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
    const body = await readJsonBody(c, submitResponseBodySchema);
    const id = await acceptResponse(deps, {
      slug: c.req.param('slug'),
      body,
      idempotencyKey,
      channel: 'online',
    });
    return c.json({ id }, 201);
  });

  return app;
}
