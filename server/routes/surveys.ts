import { Hono } from 'hono';
import { listSurveysByStatus } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { availabilityOf } from '../availability.ts';
import type { PublicSurvey, SurveySummary } from '../contracts.ts';
import { loadPublicSurvey } from '../public-survey.ts';

export function surveysRoutes(deps: AppDeps) {
  const app = new Hono();

  app.get('/', async (c) => {
    const now = deps.now();
    const surveys = await listSurveysByStatus(deps.db, 'open');
    const open: SurveySummary[] = surveys
      .filter((s) => availabilityOf(s, undefined, now) === 'open')
      .map((s) => ({ slug: s.slug, title: s.title, closesAt: s.closes_at }));
    return c.json(open);
  });

  app.get('/:slug', async (c) => {
    const { survey, version, availability } = await loadPublicSurvey(deps, c.req.param('slug'));
    const body: PublicSurvey = {
      slug: survey.slug,
      title: survey.title,
      status: survey.status as PublicSurvey['status'],
      opensAt: survey.opens_at,
      closesAt: survey.closes_at,
      version: version.version,
      json: version.json,
      availability,
      ...(availability === 'unavailable' ? { unavailableReason: version.unavailableReason } : {}),
      texts: version.texts,
    };
    c.header('Cache-Control', 'no-cache');
    return c.json(body);
  });

  return app;
}
