// The page the server sends for /s/<slug>: readable before (and without) its script, with every
// designer-written text escaped. And the public JSON answers travel compressed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, type TestApp, writeSurveysDir } from '../support/test-app.ts';

// The shape of the built client/index.html that the server fills in.
const TEMPLATE = `<!doctype html><html lang="en"><head><title>SEND Voice</title>
<script type="module" src="/assets/main.js"></script></head><body><div id="root">
<noscript><p>This website needs JavaScript.</p></noscript>
</div></body></html>`;

let t: TestApp;

beforeAll(async () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'send-voice-client-'));
  writeFileSync(join(clientDir, 'index.html'), TEMPLATE);
  const surveysDir = writeSurveysDir([
    surveyFile({
      title: 'Schools & <script>alert("title")</script> "support"',
      privacyNotice: 'We never ask your name.\n\nAnswers <b>stay</b> anonymous & safe.',
    }),
    surveyFile({ slug: 'draft-one', title: 'Secret draft', status: 'draft' }),
  ]);
  t = await createTestApp({
    surveysDir,
    env: {
      CLIENT_DIR: clientDir,
      ORGANISATION_NAME: 'the SEND engagement team',
      ORGANISATION_CONTACT: 'phone 01632 960001 or write to County Hall <Room 2>',
    },
  });
});
afterAll(async () => t.close());

const page = async (path: string) => {
  const res = await t.request(path);
  return { res, html: await res.text() };
};

describe('the questionnaire page as sent', () => {
  it('carries the title, the privacy notice and a no-JavaScript message, all escaped', async () => {
    const { res, html } = await page('/s/tiny');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const title =
      'Schools &amp; &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &quot;support&quot;';
    expect(html).toContain(`<title>${title} – SEND Voice</title>`);
    expect(html).toContain(`<h1 class="heading-xl">${title}</h1>`);
    expect(html).toContain('<p class="body preserve-lines">We never ask your name.</p>');
    expect(html).toContain('Answers &lt;b&gt;stay&lt;/b&gt; anonymous &amp; safe.');
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    expect(noscript).toContain('To answer on paper or by telephone instead, contact the SEND');
    expect(noscript).toContain('phone 01632 960001 or write to County Hall &lt;Room 2&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>');
    // The script still loads, and replaces all of this once it runs.
    expect(html).toContain('<script type="module" src="/assets/main.js"></script>');
    expect(html.match(/<noscript>/g)).toHaveLength(1);
  });

  it('sends the same with a trailing slash, and the plain page for drafts and unknown addresses', async () => {
    expect((await page('/s/tiny/')).html).toContain('<h1 class="heading-xl">Schools &amp;');
    for (const path of ['/s/draft-one', '/s/no-such-survey']) {
      const { res, html } = await page(path);
      expect(res.status, path).toBe(200);
      expect(html, path).not.toContain('Secret draft');
      expect(html, path).toContain('<title>SEND Voice</title>');
    }
  });

  it('asks parents to contact the team that sent the link when no contact is configured', async () => {
    const plain = await createTestApp({ env: { CLIENT_DIR: t.config.clientDir } });
    try {
      const html = await (await plain.request('/s/confidence-pulse')).text();
      expect(html).toContain(
        'To answer on paper or by telephone instead, ask the team that sent you the link for a copy.',
      );
    } finally {
      await plain.close();
    }
  });
});

describe('compression', () => {
  it('compresses the survey definition for browsers that accept gzip, and only for them', async () => {
    const plain = await t.request('/api/surveys/tiny');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const json = await plain.text();
    const zipped = await t.request('/api/surveys/tiny', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(body.length).toBeLessThan(Buffer.byteLength(json));
    expect(gunzipSync(body).toString()).toBe(json);
  });

  it('compresses the questionnaire page', async () => {
    const res = await t.request('/s/tiny', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toContain('Schools &amp;');
  });

  it('never compresses the answer to a submission, which echoes what was sent', async () => {
    const res = await t.request('/api/surveys/tiny/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ answers: { ...validTinyAnswers, working_well: 'x'.repeat(3000) } }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
