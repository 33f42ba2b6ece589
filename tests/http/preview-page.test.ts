// The designer's preview page may be framed by the site itself and by no one else; the designer
// page that frames it keeps a policy that allows its own frames and nothing from elsewhere.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'send-voice-client-'));
  mkdirSync(join(clientDir, 'designer'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Have your say</title>');
  writeFileSync(
    join(clientDir, 'designer', 'index.html'),
    '<!doctype html><title>Designer</title>',
  );
  t = await createTestApp({
    env: { CLIENT_DIR: clientDir, EMBED_ORIGINS: 'https://localoffer.example.gov.uk' },
  });
});
afterAll(async () => t.close());

const policy = (res: Response, directive: string) =>
  new RegExp(`${directive} ([^;]+)`).exec(res.headers.get('content-security-policy') ?? '')?.[1];

describe('the preview page', () => {
  it('is the parent’s page, framed only by the site itself', async () => {
    const res = await t.request('/preview');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Have your say');
    expect(policy(res, 'frame-ancestors')).toBe("'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('is not the embed page: other sites on the embed list still cannot frame it', async () => {
    const res = await t.request('/preview');
    expect(policy(res, 'frame-ancestors')).not.toContain('localoffer');
    const embed = await t.request('/embed/anything');
    expect(policy(embed, 'frame-ancestors')).toBe('https://localoffer.example.gov.uk');
  });

  it('leaves the designer unframeable, with frames of its own origin allowed', async () => {
    const res = await t.request('/designer/surveys/tiny');
    expect(res.status).toBe(200);
    expect(policy(res, 'frame-ancestors')).toBe("'none'");
    expect(policy(res, 'default-src')).toBe("'self'");
    expect(policy(res, 'frame-src') ?? policy(res, 'child-src')).toBeUndefined();
  });
});
