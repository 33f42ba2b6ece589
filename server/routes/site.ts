// GET /api/site: who runs the questionnaires and how to reach them, for the footer of every
// public page, the privacy notice and the accessibility statement.
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import type { SiteInfo } from '../receipt-contracts.ts';

export function siteRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/', (c) => {
    const { name, contact } = deps.config.organisation;
    const body: SiteInfo = {
      organisation: { name, contact: contact ?? null },
      retentionMonths: deps.config.retentionMonths ?? null,
      minimumGroup: deps.config.suppressionK,
    };
    return c.json(body);
  });
  return app;
}
