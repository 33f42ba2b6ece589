// A fresh, migrated database and app per test: tests never share state or depend on order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { boot } from '../../server/boot.ts';
import { loadConfig } from '../../server/config.ts';
import type { Logger } from '../../server/logger.ts';
import type { SurveyFile } from '../../server/survey-file.ts';

export const SHIPPED_SURVEYS_DIR = resolve('surveys');

export interface TestAppOptions {
  surveysDir?: string;
  now?: () => Date;
  env?: Record<string, string>;
  /** Tests tag on demand (tagWorker.drain()) unless they ask for the background worker. */
  tagging?: 'background' | 'manual';
  /** Where log lines go; none are written unless a test asks. */
  logger?: Logger;
  /** The honeypot and minimum-time rule for obvious bots: off unless a test turns it on. */
  botCheck?: 'on' | 'off';
  /** Responses and tags written on the test's thread unless a test asks for the writer thread. */
  writer?: 'thread' | 'inline';
}

export async function createTestApp(options: TestAppOptions = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SURVEYS_DIR: options.surveysDir ?? SHIPPED_SURVEYS_DIR,
    CLIENT_DIR: resolve('client/dist'),
    LOG_LEVEL: 'silent',
    // Tests send hundreds of responses from one address; the rate-limit tests set their own.
    RATE_LIMIT_SUBMISSIONS: '0',
    RATE_LIMIT_CODE_CHECKS: '0',
    ...options.env,
  });
  const booted = await boot(config, {
    now: options.now,
    tagging: options.tagging ?? 'manual',
    logger: options.logger,
    botCheck: options.botCheck ?? 'off',
    writer: options.writer ?? 'inline',
  });
  return {
    ...booted,
    config,
    dataDir,
    request: (path: string, init?: RequestInit) => booted.app.request(path, init),
    async close() {
      await booted.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Writes survey files into a new temporary folder, for tests that need their own surveys. */
export function writeSurveysDir(files: SurveyFile[] | Record<string, unknown>[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'send-voice-surveys-'));
  for (const file of files) {
    const slug = String((file as { slug?: unknown }).slug ?? 'unnamed');
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify(file, null, 2));
  }
  return dir;
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
