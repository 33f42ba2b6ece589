import { Hono } from 'hono';
import { findVersionById, listSurveysByStatus } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { availabilityOf } from '../availability.ts';
import type { SurveySummary } from '../contracts.ts';
import { loadPublicSurvey, publicSurveyBody } from '../public-survey.ts';

export function surveysRoutes(deps: AppDeps) {
  const app = new Hono();

  app.get('/', async (c) => {
    const now = deps.now();
    const open: SurveySummary[] = [];
    for (const s of await listSurveysByStatus(deps.db, 'open')) {
      if (!s.current_version_id) continue;
      // A questionnaire asking for an upload or signature is never offered, even while open.
      const version = await deps.versions.get(s.current_version_id, (id) =>
        findVersionById(deps.db, id),
      );
      if (!version || availabilityOf(s, version.unavailableReason, now) !== 'open') continue;
      open.push({ slug: s.slug, title: s.title, closesAt: s.closes_at });
    }
    return c.json(open);
  });

  app.get('/:slug', async (c) => {
    const body = publicSurveyBody(await loadPublicSurvey(deps, c.req.param('slug')));
    c.header('Cache-Control', 'no-cache');
    return c.json(body);
  });

  return app;
}
