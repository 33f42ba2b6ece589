import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const script = 'console.log("hello parents");'.repeat(50);

beforeAll(async () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'send-voice-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Have your say</title>');
  writeFileSync(join(clientDir, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(clientDir, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(clientDir, 'assets', 'index-abc123.js.gz'), gzipSync(script));
  t = await createTestApp({ env: { CLIENT_DIR: clientDir } });
});
afterAll(async () => t.close());

describe('built client', () => {
  it('serves hashed assets compressed with long-lived cache headers', async () => {
    const res = await t.request('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('falls back to gzip for clients without brotli', async () => {
    const res = await t.request('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves the page for questionnaire and accessibility addresses, revalidated each time', async () => {
    for (const path of ['/', '/s/send-parent-experience', '/accessibility']) {
      const res = await t.request(path);
      expect(res.status, path).toBe(200);
      // A questionnaire's page carries its own title (survey-page.test.ts).
      expect(await res.text()).toMatch(/Have your say|tell us about your experience/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('answers 404 for an asset that does not exist', async () => {
    expect((await t.request('/assets/missing-000.js')).status).toBe(404);
  });
});
