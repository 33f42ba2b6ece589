// Builds the client before the browser tests, so they always exercise the current code rather
// than whatever was last left in client/dist.
import { resolve } from 'node:path';
import { build } from 'vite';
import { precompress } from '../../client/precompress.ts';

export default async function setup() {
  const started = Date.now();
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's slow development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: resolve('client/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  await precompress(resolve('client/dist'));
  console.log(`Built the client for the browser tests in ${Date.now() - started} ms`);
}
