// GET/POST/DELETE /api/surveys/<slug>/publication: which questions of a closed survey the public
// results page shows. Officers and admins only (auth/route-access.ts); the rules, the snapshot
// and the audit are in services/publication.ts.
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { publicationBodySchema } from '../publication-contracts.ts';
import { publicationsView, publishResults, unpublishResults } from '../services/publication.ts';
import { actorOf, noStore, surveyBySlug } from './route-support.ts';

export function publicationRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('/:slug/publication', noStore);
  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);

  app.get('/:slug/publication', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    return c.json(await publicationsView(deps, survey));
  });

  app.post('/:slug/publication', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const { questions } = await readJsonBody(c, publicationBodySchema);
    return c.json(await publishResults(deps, { survey, questions, actor: actorOf(c) }), 201);
  });

  app.delete('/:slug/publication', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    await unpublishResults(deps, { survey, actor: actorOf(c) });
    return c.json({ unpublished: true });
  });

  return app;
}
