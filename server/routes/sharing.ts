// Sharing a survey: its public link, a QR code for posters and letters, and a snippet that shows
// the questionnaire inside another website (only the origins in EMBED_ORIGINS may frame it).
import type { Context } from 'hono';
import { Hono } from 'hono';
import QRCode from 'qrcode';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import type { ShareInfo } from '../designer-contracts.ts';
import { AppError } from '../errors.ts';
import { surveyNotFound } from '../public-survey.ts';
import { EMBED_PATH_PREFIX } from '../security-headers.ts';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// M recovers from 15% damage: enough for a folded letter, still few modules for a phone camera.
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Where share links point. The Host header is the client's to choose, so without PUBLIC_URL only a
 * loopback origin (someone trying the app on their own machine) is believed; anything else could
 * be a forged host, and a poster's QR code would send parents to someone else's site.
 */
function shareBase(publicUrl: string | undefined, requestUrl: string): string {
  if (publicUrl) return publicUrl;
  const origin = new URL(requestUrl);
  if (LOOPBACK_HOSTS.test(origin.hostname)) return origin.origin;
  throw new AppError(
    409,
    'public_url_required',
    'Share links need the address parents use. Ask your administrator to set PUBLIC_URL.',
  );
}

export function sharingRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();

  const linksFor = async (c: Context) => {
    const survey = await findSurveyBySlug(deps.db, c.req.param('slug') ?? '');
    if (!survey) throw surveyNotFound();
    const base = shareBase(deps.config.publicUrl, c.req.url);
    const slug = encodeURIComponent(survey.slug);
    return {
      survey,
      url: `${base}/s/${slug}`,
      embedUrl: `${base}${EMBED_PATH_PREFIX}${slug}`,
      apiPath: `/api/surveys/${slug}`,
    };
  };

  app.get('/:slug/share', async (c) => {
    const { survey, url, embedUrl, apiPath } = await linksFor(c);
    const title = escapeAttribute(`Questionnaire: ${survey.title}`);
    const body: ShareInfo = {
      url,
      embedUrl,
      embedSnippet:
        `<iframe src="${escapeAttribute(embedUrl)}" title="${title}" width="100%" ` +
        `height="900" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`,
      qrPng: `${apiPath}/qr.png`,
      qrSvg: `${apiPath}/qr.svg`,
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });

  app.get('/:slug/qr.png', async (c) => {
    const { url } = await linksFor(c);
    const png = await QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', width: 600 });
    c.header('Content-Type', 'image/png');
    c.header('Cache-Control', 'private, no-cache');
    return c.body(new Uint8Array(png));
  });

  app.get('/:slug/qr.svg', async (c) => {
    const { url } = await linksFor(c);
    const svg = await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Cache-Control', 'private, no-cache');
    return c.body(svg);
  });

  return app;
}
