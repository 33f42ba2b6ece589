// What officers see across surveys: every survey with its response and bot-discard counts, and the
// tagging queue.
import { Hono } from 'hono';
import { countBotDiscardsBySurvey } from '../../db/bot-discards-repository.ts';
import { countResponsesBySurvey } from '../../db/responses-repository.ts';
import { listAllSurveys } from '../../db/surveys-repository.ts';
import { taggingStatus } from '../../db/tagging-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import { seesResponseCounts } from '../auth/roles.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { availabilityOf } from '../availability.ts';

export function officerRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/surveys', async (c) => {
    const [surveys, counts, discards] = await Promise.all([
      listAllSurveys(deps.db),
      countResponsesBySurvey(deps.db),
      countBotDiscardsBySurvey(deps.db),
    ]);
    const now = deps.now();
    const counted = seesResponseCounts(currentAuth(c).user.role);
    return c.json(
      surveys.map((s) => ({
        slug: s.slug,
        title: s.title,
        status: s.status,
        availability: s.status === 'draft' ? 'draft' : availabilityOf(s, undefined, now),
        opensAt: s.opens_at,
        closesAt: s.closes_at,
        series: s.series,
        // Counts are officers' business: designers see neither.
        ...(counted
          ? {
              responses: counts.get(s.id) ?? 0,
              /** Answers discarded as an obvious bot's (server/services/bot-rule.ts), never stored. */
              botDiscards: discards.get(s.id) ?? 0,
            }
          : {}),
      })),
    );
  });

  app.get('/tagging', async (c) => c.json(await taggingStatus(deps.db)));

  return app;
}
