import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps.ts';
import { clientAssets } from './client-assets.ts';
import { createErrorHandler, notFound } from './errors.ts';
import { requestLog } from './request-log.ts';
import { officerRoutes } from './routes/officer.ts';
import { officerEntryRoutes } from './routes/officer-entries.ts';
import { passwordResetRoutes } from './routes/password-reset.ts';
import { reportsRoutes } from './routes/reports.ts';
import { responsesRoutes } from './routes/responses.ts';
import { reviewRoutes } from './routes/review.ts';
import { sessionRoutes } from './routes/session.ts';
import { surveysRoutes } from './routes/surveys.ts';
import { usersRoutes } from './routes/users.ts';

export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use(requestLog(deps.logger));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // survey-core positions some elements with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/api/surveys', surveysRoutes(deps));
  app.route('/api/surveys', responsesRoutes(deps));
  // Officer routes bring their own sessionMiddleware + requireRole (server/auth/), so the public
  // survey and response endpoints above never look up a session.
  app.route('/api/session', sessionRoutes(deps));
  app.route('/api/users', usersRoutes(deps));
  app.route('/api/password-reset', passwordResetRoutes(deps));
  app.route('/api/surveys', reportsRoutes(deps));
  app.route('/api/surveys', reviewRoutes(deps));
  app.route('/api/surveys', officerEntryRoutes(deps));
  app.route('/api/officer', officerRoutes(deps));
  app.all('/api/*', notFound);
  app.route('/', clientAssets(deps.config.clientDir));
  app.notFound(notFound);
  app.onError(createErrorHandler(deps.logger));
  return app;
}
export type App = ReturnType<typeof createApp>;
