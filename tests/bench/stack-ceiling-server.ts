// The stack's ceiling for `npm run bench`: Hono on @hono/node-server, the JSON body parsed and one
// prepared insert per request; no validation, no group commit, no fsync per commit.
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { openCeilingStore } from '../../db/raw-insert-rate.ts';

const store = openCeilingStore(process.env.CEILING_DB ?? 'ceiling.sqlite');
const app = new Hono();
app.get('/api/health', (c) => c.json({ ok: true }));
app.post('/api/surveys/:slug/responses', async (c) => {
  const body = (await c.req.json()) as { answers?: unknown };
  const id = randomUUID();
  store.insert(id, JSON.stringify(body.answers ?? {}), new Date().toISOString());
  return c.json({ id }, 201);
});
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => {
  server.close(() => {
    store.close();
    process.exit(0);
  });
});
