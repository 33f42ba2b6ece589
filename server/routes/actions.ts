// GET/POST /api/surveys/<slug>/actions, PUT/DELETE /api/surveys/<slug>/actions/<id>: what the
// council will do about what families said. Every staff account may read them (forum members,
// parents' representatives, among them); officers and admins write them. The rules and the audit
// are in services/actions.ts; this file only translates HTTP.
import { Hono } from 'hono';
import { type ActionsView, actionBodySchema } from '../action-contracts.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import { type AuthEnv, sessionMiddleware } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import {
  actionChoices,
  createAction,
  editAction,
  removeAction,
  surveyActions,
} from '../services/actions.ts';
import { actorOf, surveyBySlug } from './route-support.ts';

const ACTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function actionsRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  for (const path of ['/:slug/actions', '/:slug/actions/*']) {
    app.use(path, sessionMiddleware(deps), async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  }

  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);
  const actor = actorOf;
  const actionId = (id: string) => {
    if (!ACTION_ID.test(id)) {
      throw new AppError(404, 'action_not_found', 'This survey has no such action.');
    }
    return id;
  };

  app.get('/:slug/actions', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const { role } = currentAuth(c).user;
    const view: ActionsView = {
      survey: { slug: survey.slug, title: survey.title },
      ...(await actionChoices(deps.db, survey)),
      actions: await surveyActions(deps.db, survey.id),
      canEdit: role === 'officer' || role === 'admin',
    };
    return c.json(view);
  });

  app.post('/:slug/actions', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await readJsonBody(c, actionBodySchema);
    return c.json(await createAction(deps, { survey, body, actor: actor(c) }), 201);
  });

  app.put('/:slug/actions/:id', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const id = actionId(c.req.param('id'));
    const body = await readJsonBody(c, actionBodySchema);
    return c.json(await editAction(deps, { survey, id, body, actor: actor(c) }));
  });

  app.delete('/:slug/actions/:id', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const id = actionId(c.req.param('id'));
    await removeAction(deps, { survey, id, actor: actor(c) });
    return c.body(null, 204);
  });

  return app;
}
