// The app on a real loopback port, serving the built client, for browser tests.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createTestApp, type TestAppOptions } from './test-app.ts';

export async function startTestServer(options: TestAppOptions = {}) {
  const testApp = await createTestApp(options);
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer) => {
    const s = serve({ fetch: testApp.app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolveServer(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db: testApp.deps.db,
    /** The app behind the server, for creating accounts and draining the tagging queue. */
    t: testApp,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await testApp.close();
    },
  };
}
