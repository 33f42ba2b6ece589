// PUT/DELETE /api/surveys/<slug>/summary: an officer's wording of the report's summary page, used
// in every file instead of the drafted one (rules and audit in services/summary-text.ts).
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { resetSummary, saveSummary } from '../services/summary-text.ts';
import { actorOf, surveyBySlug } from './route-support.ts';

const summarySchema = z.strictObject({ text: z.string().trim().min(1).max(20_000) });

export function summaryTextRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);
  const actor = actorOf;

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
