// PUT/DELETE /api/surveys/<slug>/summary: an officer's wording of the report's summary page, used
// in every file instead of the drafted one (rules and audit in services/summary-text.ts).
import { Hono } from 'hono';
import { z } from 'zod';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { surveyNotFound } from '../public-survey.ts';
import { resetSummary, saveSummary } from '../services/summary-text.ts';

const summarySchema = z.strictObject({ text: z.string().trim().min(1).max(20_000) });

export function summaryTextRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const surveyOf = async (slug: string) => {
    const survey = await findSurveyBySlug(deps.db, slug);
    if (!survey) throw surveyNotFound();
    return survey;
  };
  const actor = (c: Parameters<typeof currentAuth>[0]) => {
    const { user } = currentAuth(c);
    return { id: user.id, email: user.email };
  };

  app.put('/:slug/summary', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const { text } = await readJsonBody(c, summarySchema);
    return c.json(await saveSummary(deps, survey, text, actor(c)));
  });

  app.delete('/:slug/summary', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    await resetSummary(deps, survey, actor(c));
    return c.body(null, 204);
  });

  return app;
}
