import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps.ts';
import { clientAssets } from './client-assets.ts';
import { createErrorHandler, notFound } from './errors.ts';
import { requestLog } from './request-log.ts';
import { responsesRoutes } from './routes/responses.ts';
import { surveysRoutes } from './routes/surveys.ts';

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
  app.all('/api/*', notFound);
  app.route('/', clientAssets(deps.config.clientDir));
  app.notFound(notFound);
  app.onError(createErrorHandler(deps.logger));
  return app;
}
export type App = ReturnType<typeof createApp>;
