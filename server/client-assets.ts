// Serves the built client: hashed assets compressed and cached for a year, the page itself
// revalidated every time so a new release is picked up at once.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { errorBody } from './errors.ts';

/** Paths the single-page client handles itself; /embed/ is the questionnaire without the site's
 * header and footer, the one page other sites may frame, and /preview the questionnaire as the
 * designer previews it, in its own frames only (see security-headers.ts). */
const PAGE_PATHS = [
  '/',
  '/s/:slug',
  '/s/:slug/',
  '/embed/:slug',
  '/embed/:slug/',
  '/accessibility',
  '/privacy',
  '/receipt',
  '/preview',
];
/** Paths the officers' page handles, a separate bundle so parents never load its code. */
const OFFICER_PATHS = ['/officer', '/officer/', '/officer/*'];
/** Paths the designers' page handles, a third bundle for the same reason. */
const DESIGNER_PATHS = ['/designer', '/designer/', '/designer/*'];

export function clientAssets(clientDir: string) {
  const app = new Hono();
  if (!existsSync(join(clientDir, 'index.html'))) {
    const notBuilt = 'The web pages have not been built. Run "npm run build".';
    for (const path of [...PAGE_PATHS, ...OFFICER_PATHS, ...DESIGNER_PATHS])
      app.get(path, (c) => c.text(notBuilt, 503));
    return app;
  }
  // serveStatic resolves its root against the working directory.
  const root = relative(process.cwd(), clientDir) || '.';

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    }
  });
  app.use('/assets/*', serveStatic({ root, precompressed: true }));
  app.get('/assets/*', (c) => c.json(errorBody('not_found', 'There is no such file.'), 404));

  const page = serveStatic({ root, precompressed: true, rewriteRequestPath: () => '/index.html' });
  for (const path of PAGE_PATHS) {
    app.get(path, async (c, next) => {
      c.header('Cache-Control', 'no-cache');
      return page(c, next);
    });
  }
  const officerPage = serveStatic({
    root,
    precompressed: true,
    rewriteRequestPath: () => '/officer/index.html',
  });
  for (const path of OFFICER_PATHS) {
    app.get(path, async (c, next) => {
      c.header('Cache-Control', 'no-cache');
      return officerPage(c, next);
    });
  }
  const designerPage = serveStatic({
    root,
    precompressed: true,
    rewriteRequestPath: () => '/designer/index.html',
  });
  for (const path of DESIGNER_PATHS) {
    app.get(path, async (c, next) => {
      c.header('Cache-Control', 'no-cache');
      return designerPage(c, next);
    });
  }
  app.get('/favicon.svg', serveStatic({ root, precompressed: true }));
  return app;
}
