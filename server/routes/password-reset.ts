// Setting a password from a one-time link. Public: the link's token is the credential.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import { completeReset } from '../auth/accounts.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';

const resetSchema = z.strictObject({
  token: z.string().min(1).max(200),
  password: z.string().max(4096),
});

export function passwordResetRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const body = await readJsonBody(c, resetSchema);
    await completeReset(deps, body.token, body.password);
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });
  return app;
}
