import { serve } from '@hono/node-server';
import { boot } from './boot.ts';
import { ConfigError, loadConfig } from './config.ts';
import { SurveyFileError } from './seed-surveys.ts';

async function main() {
  const config = loadConfig();
  const { app, deps, close } = await boot(config);
  if (config.passwordHashing === 'fast') {
    // Hashes made now are cheap to crack; they are redone at the standard cost at the next
    // sign-in once the setting is gone.
    deps.logger.warn('weak_password_hashing', { reason: 'PASSWORD_HASHING=fast or NODE_ENV=test' });
  }
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    deps.logger.info('listening', { url: `http://${config.host}:${info.port}` });
  });
  const shutdown = (signal: string) => {
    deps.logger.info('shutting_down', { signal });
    server.close(() => {
      close().then(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof SurveyFileError;
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
