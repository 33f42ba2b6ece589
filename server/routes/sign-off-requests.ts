// Asking named colleagues to sign off a draft (/api/surveys/<slug>/sign-off-requests), the people
// who can be asked, and the drafts waiting for the signed-in person (/api/sign-off/...).
import { Hono } from 'hono';
import { listSignOffRequests, listWaitingFor } from '../../db/sign-off-requests-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { askForSignOffBodySchema } from '../sign-off-contracts.ts';
import { approversOf, askForSignOff } from '../survey-design/sign-off-requests.ts';
import { noStore, surveyBySlug } from './route-support.ts';

export function signOffRequestRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/:slug/sign-off-requests', noStore, async (c) => {
    const survey = await surveyBySlug(deps.db, c.req.param('slug'));
    return c.json(await listSignOffRequests(deps.db, survey.id));
  });

  app.post(
    '/:slug/sign-off-requests',
    jsonBodyLimit(deps.config.maxBodyBytes),
    noStore,
    async (c) => {
      const survey = await surveyBySlug(deps.db, c.req.param('slug'));
      const { userIds } = await readJsonBody(c, askForSignOffBodySchema);
      await askForSignOff(deps, survey, currentAuth(c).user, userIds);
      return c.json(await listSignOffRequests(deps.db, survey.id), 201);
    },
  );

  return app;
}

export function signOffRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/approvers', noStore, async (c) => c.json(await approversOf(deps)));
  app.get('/waiting', noStore, async (c) =>
    c.json(await listWaitingFor(deps.db, currentAuth(c).user.id)),
  );
  return app;
}
