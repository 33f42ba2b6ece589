import { Hono } from 'hono';
import type { AppDeps } from './app-deps.ts';
import { accessGuard, assertEveryRouteDeclared } from './auth/access-guard.ts';
import { clientAssets } from './client-assets.ts';
import { compressPublicAnswers } from './compression.ts';
import { createErrorHandler, notFound } from './errors.ts';
import { reportTiming } from './metrics/report-timing.ts';
import { requestLog } from './request-log.ts';
import { accessCodesRoutes } from './routes/access-codes.ts';
import { actionsRoutes } from './routes/actions.ts';
import { burstsRoutes } from './routes/bursts.ts';
import { codebooksRoutes } from './routes/codebooks.ts';
import { designerRoutes, designRoutes } from './routes/designs.ts';
import { healthRoutes } from './routes/health.ts';
import { modelTrainingRoutes } from './routes/model-trainings.ts';
import { narrativeRoutes } from './routes/narratives.ts';
import { officerRoutes } from './routes/officer.ts';
import { officerEntryRoutes } from './routes/officer-entries.ts';
import { passwordResetRoutes } from './routes/password-reset.ts';
import { reportsRoutes } from './routes/reports.ts';
import { responsesRoutes } from './routes/responses.ts';
import { responsesExportRoutes } from './routes/responses-export.ts';
import { reviewRoutes } from './routes/review.ts';
import { sessionRoutes } from './routes/session.ts';
import { sharingRoutes } from './routes/sharing.ts';
import { summaryTextRoutes } from './routes/summary-text.ts';
import { surveysRoutes } from './routes/surveys.ts';
import { unmatchedGroupRoutes } from './routes/unmatched-groups.ts';
import { usersRoutes } from './routes/users.ts';
import { pageSecurityHeaders } from './security-headers.ts';
import { surveyPageRoutes } from './survey-page.ts';

export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use(requestLog(deps.logger, deps.metrics, deps.now));
  app.use(pageSecurityHeaders(deps.config.embedOrigins));
  // Every route's roles are declared in auth/route-access.ts; route files mount no guards.
  app.use(accessGuard(deps));
  app.use(compressPublicAnswers());
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/', healthRoutes(deps));
  app.use('/api/surveys/:slug/report', reportTiming(deps.metrics));
  app.route('/api/surveys', surveysRoutes(deps));
  app.route('/api/surveys', responsesRoutes(deps));
  app.route('/api/session', sessionRoutes(deps));
  app.route('/api/users', usersRoutes(deps));
  app.route('/api/password-reset', passwordResetRoutes(deps));
  app.route('/api/surveys', reportsRoutes(deps));
  app.route('/api/surveys', responsesExportRoutes(deps));
  app.route('/api/surveys', reviewRoutes(deps));
  app.route('/api/surveys', unmatchedGroupRoutes(deps));
  app.route('/api/surveys', burstsRoutes(deps));
  app.route('/api/surveys', narrativeRoutes(deps));
  app.route('/api/surveys', summaryTextRoutes(deps));
  app.route('/api/surveys', actionsRoutes(deps));
  app.route('/api/surveys', officerEntryRoutes(deps));
  app.route('/api/officer', officerRoutes(deps));
  app.route('/api/codebooks', codebooksRoutes(deps));
  app.route('/api/model-trainings', modelTrainingRoutes(deps));
  app.route('/api/surveys', accessCodesRoutes(deps));
  app.route('/api/surveys', sharingRoutes(deps));
  app.route('/api/surveys', designRoutes(deps));
  app.route('/api/designer', designerRoutes(deps));
  app.all('/api/*', notFound);
  app.route('/', surveyPageRoutes(deps));
  app.route('/', clientAssets(deps.config.clientDir));
  app.notFound(notFound);
  app.onError(
    createErrorHandler(deps.logger, (status, code) => {
      deps.metrics.rejections.inc({ code });
      if (status === 429) deps.metrics.rateLimited.inc();
    }),
  );
  assertEveryRouteDeclared(app.routes);
  return app;
}
export type App = ReturnType<typeof createApp>;
