// The staff side of "You said, we did": an action's history, its updates, easy-read and
// translated wording, forum sign-off, re-measuring figures against a later survey, and the admin's
// setting that asks for sign-off. Rules and audit rows are in services/; this file translates HTTP.
import { Hono } from 'hono';
import {
  actionLocaleSchema,
  actionTextBodySchema,
  actionUpdateBodySchema,
  signOffSettingSchema,
} from '../action-history-contracts.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { remeasureSeries } from '../services/action-figures.ts';
import {
  actionHistory,
  actionNotFound,
  addUpdate,
  approveAction,
  removeText,
  saveText,
} from '../services/action-history.ts';
import { setSignOffRequired, signOffRequired } from '../services/action-sign-off.ts';
import { actorOf, noStore, surveyBySlug } from './route-support.ts';

const ACTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function actionHistoryRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('/:slug/actions/*', noStore);
  const limit = jsonBodyLimit(deps.config.maxBodyBytes);
  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);
  const actionId = (id: string) => {
    if (!ACTION_ID.test(id)) throw actionNotFound();
    return id;
  };
  const localeOf = (locale: string) => {
    if (!actionLocaleSchema.safeParse(locale).success) {
      throw new AppError(400, 'unknown_locale', `"${locale}" is not a language code.`);
    }
    return locale;
  };

  app.get('/:slug/actions/:id/history', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    return c.json(await actionHistory(deps, survey, actionId(c.req.param('id'))));
  });

  app.post('/:slug/actions/:id/updates', limit, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const id = actionId(c.req.param('id'));
    const body = await readJsonBody(c, actionUpdateBodySchema);
    await addUpdate(deps, { survey, id, body, actor: actorOf(c) });
    return c.json(await actionHistory(deps, survey, id), 201);
  });

  app.put('/:slug/actions/:id/texts/:locale', limit, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const id = actionId(c.req.param('id'));
    const locale = localeOf(c.req.param('locale'));
    const body = await readJsonBody(c, actionTextBodySchema);
    const checks = await saveText(deps, { survey, id, locale, body, actor: actorOf(c) });
    return c.json({ locale, checks });
  });

  app.delete('/:slug/actions/:id/texts/:locale', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const id = actionId(c.req.param('id'));
    await removeText(deps, {
      survey,
      id,
      locale: localeOf(c.req.param('locale')),
      actor: actorOf(c),
    });
    return c.body(null, 204);
  });

  app.post('/:slug/actions/:id/approval', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const id = actionId(c.req.param('id'));
    const { added } = await approveAction(deps, { survey, id, user: currentAuth(c).user });
    return c.json(await actionHistory(deps, survey, id), added ? 201 : 200);
  });

  app.post('/:slug/actions/remeasure', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    return c.json(await remeasureSeries(deps, survey, actorOf(c)));
  });

  return app;
}

/** GET/PUT /api/action-sign-off: whether actions need a forum member's sign-off to be public. */
export function actionSignOffRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use(noStore);
  app.get('/', async (c) => c.json({ required: await signOffRequired(deps.db) }));
  app.put('/', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const { required } = await readJsonBody(c, signOffSettingSchema);
    await setSignOffRequired(deps.db, { required, actor: actorOf(c), at: deps.now() });
    return c.json({ required });
  });
  return app;
}
