// Sharing a survey: the public link, QR codes, and an embed page only listed sites may frame.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import type { ShareInfo } from '../../server/designer-contracts.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile } from '../support/sample-surveys.ts';
import { createTestApp, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

function fakeClient() {
  const dir = mkdtempSync(join(tmpdir(), 'send-voice-client-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Have your say</title>');
  return dir;
}

async function start(env: Record<string, string> = {}) {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile({ title: 'Tiny "survey" <b>' })]),
    env: { NODE_ENV: 'test', CLIENT_DIR: fakeClient(), ...env },
  });
  const officer = await tokenFor(t, (await addUser(t, 'officer')).id);
  return { app: t, officer };
}

describe('share links', () => {
  it('give the public link, embed link, an escaped iframe snippet with a title, and QR paths', async () => {
    const { app, officer } = await start({ PUBLIC_URL: 'https://voice.example.gov.uk/' });
    const res = await app.request('/api/surveys/tiny/share', asToken(officer));
    expect(res.status).toBe(200);
    const share = (await res.json()) as ShareInfo;
    expect(share.url).toBe('https://voice.example.gov.uk/s/tiny');
    expect(share.embedUrl).toBe('https://voice.example.gov.uk/embed/tiny');
    expect(share.embedSnippet).toMatch(
      /^<iframe src="https:\/\/voice\.example\.gov\.uk\/embed\/tiny" title="Questionnaire: Tiny &quot;survey&quot; &lt;b&gt;"/,
    );
    expect(share.qrPng).toBe('/api/surveys/tiny/qr.png');
    expect(share.qrSvg).toBe('/api/surveys/tiny/qr.svg');
  });

  it('fall back to the origin of the request without PUBLIC_URL', async () => {
    const { app, officer } = await start();
    const res = await app.request('http://localhost:3000/api/surveys/tiny/share', asToken(officer));
    expect(((await res.json()) as ShareInfo).url).toBe('http://localhost:3000/s/tiny');
  });

  it('refuse to follow a forged Host header without PUBLIC_URL, for links and QR codes', async () => {
    const { app, officer } = await start();
    for (const path of ['share', 'qr.png', 'qr.svg']) {
      const res = await app.request(`http://evil.example/api/surveys/tiny/${path}`, {
        headers: { ...asToken(officer).headers, Host: 'evil.example' },
      });
      expect(res.status).toBe(409);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('public_url_required');
    }
    const loopback = await app.request(
      'http://127.0.0.1:3000/api/surveys/tiny/share',
      asToken(officer),
    );
    expect(((await loopback.json()) as ShareInfo).url).toBe('http://127.0.0.1:3000/s/tiny');
  });

  it('ignore the Host header once PUBLIC_URL is set', async () => {
    const { app, officer } = await start({ PUBLIC_URL: 'https://voice.example.gov.uk' });
    const res = await app.request('http://evil.example/api/surveys/tiny/share', asToken(officer));
    expect(((await res.json()) as ShareInfo).url).toBe('https://voice.example.gov.uk/s/tiny');
  });

  it('serve QR codes as PNG and SVG', async () => {
    const { app, officer } = await start({ PUBLIC_URL: 'https://voice.example.gov.uk' });
    const png = await app.request('/api/surveys/tiny/qr.png', asToken(officer));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = await app.request('/api/surveys/tiny/qr.svg', asToken(officer));
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('are for staff only, and 404 for an unknown survey', async () => {
    const { app, officer } = await start();
    for (const path of ['share', 'qr.png', 'qr.svg']) {
      expect((await app.request(`/api/surveys/tiny/${path}`)).status).toBe(401);
      expect((await app.request(`/api/surveys/nope/${path}`, asToken(officer))).status).toBe(404);
    }
    const designer = await tokenFor(app, (await addUser(app, 'designer')).id);
    expect((await app.request('/api/surveys/tiny/share', asToken(designer))).status).toBe(200);
  });
});

describe('framing', () => {
  const ancestors = (res: Response) =>
    /frame-ancestors ([^;]+)/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

  it('lets only the EMBED_ORIGINS frame the embed page', async () => {
    const { app } = await start({
      EMBED_ORIGINS: 'https://localoffer.example.gov.uk, https://www.example.org',
    });
    const embed = await app.request('/embed/tiny');
    expect(embed.status).toBe(200);
    expect(ancestors(embed)).toBe('https://localoffer.example.gov.uk https://www.example.org');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/s/tiny', '/', '/officer', '/api/surveys/tiny']) {
      const res = await app.request(path);
      expect(ancestors(res), path).toBe("'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });

  it('lets no one frame anything when EMBED_ORIGINS is empty', async () => {
    const { app } = await start();
    const embed = await app.request('/embed/tiny');
    expect(embed.status).toBe(200);
    expect(ancestors(embed)).toBe("'none'");
  });

  it('accepts only origins in EMBED_ORIGINS', () => {
    for (const bad of ['localoffer.example.gov.uk', 'https://x.org/path', 'ftp://x.org', '*']) {
      expect(() => loadConfig({ EMBED_ORIGINS: bad }), bad).toThrow(/EMBED_ORIGINS/);
    }
    expect(loadConfig({ EMBED_ORIGINS: 'https://a.org,http://b.org:8080' }).embedOrigins).toEqual([
      'https://a.org',
      'http://b.org:8080',
    ]);
    expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  });
});
