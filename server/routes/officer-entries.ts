// Paper and telephone responses that officers type in on a parent's behalf. (Their own wording of
// a question's narrative is in narratives.ts.)
import { Hono } from 'hono';
import { audit } from '../../db/audit-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { IDEMPOTENCY_HEADER, officerResponseBodySchema } from '../contracts.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { acceptResponse, readIdempotencyKey } from '../services/submit-response.ts';

export function officerEntryRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const actor = (c: Parameters<typeof currentAuth>[0]) => {
    const { user } = currentAuth(c);
    return { id: user.id, email: user.email };
  };

  app.post('/:slug/paper-responses', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const idempotencyKey = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
    const { channel, ...body } = await readJsonBody(c, officerResponseBodySchema);
    const slug = c.req.param('slug');
    const id = await acceptResponse(deps, { slug, body, idempotencyKey, channel });
    // The audit says that a response was entered and how it arrived, never which one: that would
    // tie the response to the officer who met or spoke to the parent.
    await audit(deps.db, {
      actor: actor(c),
      action: `response.${channel}`,
      target: slug,
      at: deps.now(),
    });
    return c.json({ id }, 201);
  });

  return app;
}
