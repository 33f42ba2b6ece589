// Account administration: admins only.
import { Hono } from 'hono';
import { z } from 'zod';
import { listUserIdsWithSecondFactor } from '../../db/second-factors-repository.ts';
import { listUsers } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { createAccount, issueResetLink, requireUser, setDisabled } from '../auth/accounts.ts';
import { currentAuth } from '../auth/require-role.ts';
import { roleSchema, toAccountSummary } from '../auth/roles.ts';
import { resetSecondFactor, setSecondFactorRequired } from '../auth/second-factor-admin.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { secondFactorRequired } from '../auth/sign-in.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';

const newUserSchema = z.strictObject({
  email: z.email().max(320),
  role: roleSchema,
  forumMember: z.boolean().optional(),
  password: z.string().max(4096).optional(),
});

const settingsSchema = z.strictObject({ requireSecondFactor: z.boolean() });

export function usersRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  const actorOf = (c: Parameters<typeof currentAuth>[0]) => {
    const { user } = currentAuth(c);
    return { id: user.id, email: user.email };
  };

  app.get('/', async (c) => {
    const enrolled = await listUserIdsWithSecondFactor(deps.db);
    const users = await listUsers(deps.db);
    return c.json(users.map((u) => ({ ...toAccountSummary(u), secondFactor: enrolled.has(u.id) })));
  });

  app.get('/settings', async (c) =>
    c.json({ requireSecondFactor: await secondFactorRequired(deps.db) }),
  );

  app.put('/settings', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const body = await readJsonBody(c, settingsSchema);
    const { method } = currentAuth(c);
    // Turning it on ends password-only sessions; an admin in one would lock themself out mid-way.
    if (body.requireSecondFactor && method === 'password') {
      throw new AppError(
        409,
        'second_factor_first',
        'Set up a second factor for your own account, sign in with it, then require it for everybody.',
      );
    }
    return c.json(await setSecondFactorRequired(deps, actorOf(c), body.requireSecondFactor));
  });

  app.post('/:id/second-factor/reset', async (c) => {
    const user = await requireUser(deps, c.req.param('id'));
    await resetSecondFactor(deps, actorOf(c), user);
    return c.body(null, 204);
  });

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
