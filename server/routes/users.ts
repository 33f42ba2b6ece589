// Account administration: admins only.
import { Hono } from 'hono';
import { z } from 'zod';
import { listUsers } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { createAccount, issueResetLink, requireUser, setDisabled } from '../auth/accounts.ts';
import { currentAuth, requireRole } from '../auth/require-role.ts';
import { roleSchema, toAccountSummary } from '../auth/roles.ts';
import { type AuthEnv, sessionMiddleware } from '../auth/session-middleware.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';

const newUserSchema = z.strictObject({
  email: z.email().max(320),
  role: roleSchema,
  forumMember: z.boolean().optional(),
  password: z.string().max(4096).optional(),
});

export function usersRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', sessionMiddleware(deps), requireRole('admin'), async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  const actorOf = (c: Parameters<typeof currentAuth>[0]) => {
    const { user } = currentAuth(c);
    return { id: user.id, email: user.email };
  };

  app.get('/', async (c) => c.json((await listUsers(deps.db)).map(toAccountSummary)));

  app.post('/', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const body = await readJsonBody(c, newUserSchema);
    const actor = actorOf(c);
    const user = await createAccount(deps, actor, body);
    // Without a password the person sets their own through a link the admin passes on.
    const reset = body.password === undefined ? await issueResetLink(deps, actor, user) : undefined;
    return c.json(
      { user: toAccountSummary(user), ...(reset ? { resetLink: reset.link } : {}) },
      201,
    );
  });

  app.post('/:id/disable', async (c) => {
    const user = await requireUser(deps, c.req.param('id'));
    return c.json({ user: toAccountSummary(await setDisabled(deps, actorOf(c), user, true)) });
  });

  app.post('/:id/enable', async (c) => {
    const user = await requireUser(deps, c.req.param('id'));
    return c.json({ user: toAccountSummary(await setDisabled(deps, actorOf(c), user, false)) });
  });

  app.post('/:id/reset', async (c) => {
    const user = await requireUser(deps, c.req.param('id'));
    return c.json(await issueResetLink(deps, actorOf(c), user));
  });

  return app;
}
