// POST /api/receipts/lookup and /withdraw: the code travels in the body only, never in the
// address (which proxies and browsers log and keep), and every request counts as a guess.
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { limited } from '../rate-limits.ts';
import { receiptBodySchema } from '../receipt-contracts.ts';
import { lookUpReceipt, withdrawByReceipt } from '../services/receipts.ts';

const BODY_BYTES = 1024;

export function receiptsRoutes(deps: AppDeps) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.post('/lookup', limited(deps.limits.codeCheck), jsonBodyLimit(BODY_BYTES), async (c) => {
    const { code } = await readJsonBody(c, receiptBodySchema);
    return c.json(await lookUpReceipt(deps, code));
  });

  app.post('/withdraw', limited(deps.limits.codeCheck), jsonBodyLimit(BODY_BYTES), async (c) => {
    const { code } = await readJsonBody(c, receiptBodySchema);
    await withdrawByReceipt(deps, code);
    return c.json({ withdrawn: true as const });
  });

  return app;
}
