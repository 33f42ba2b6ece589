// The questionnaire's page as the server sends it: the built index.html with the survey's title,
// its privacy notice and, for browsers without JavaScript, how to ask for a paper or telephone
// copy. The script replaces all of it once it runs; until then a parent on a slow phone reads the
// notice instead of an empty page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Context, Hono, type Next } from 'hono';
import type { AppDeps } from './app-deps.ts';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { escapeMarkup } from './exports/html-escape.ts';
import { loadPublicSurvey } from './public-survey.ts';

const SERVICE_NAME = 'SEND Voice';

/** Designers write titles and notices, so every piece of text is escaped. */
export const escapeHtml = escapeMarkup;

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p class="body preserve-lines">${escapeHtml(p)}</p>`)
    .join('');

export function noScriptMessage(organisation: Config['organisation']): string {
  const how = organisation.contact
    ? `To answer on paper or by telephone instead, contact ${organisation.name}: ${organisation.contact}.`
    : `To answer on paper or by telephone instead, ask ${organisation.name} for a copy.`;
  return `This questionnaire needs JavaScript, which is turned off or not working in your browser. ${how}`;
}

interface SurveyPageContent {
  title: string;
  privacyNotice: string;
  organisation: Config['organisation'];
}

/** The page's body before the script runs, in the same layout the script draws. */
export function renderSurveyPage(template: string, content: SurveyPageContent): string {
  const title = escapeHtml(content.title);
  const body =
    `<header class="site-header"><div class="width-container site-header__inner">` +
    `<a href="/" class="site-header__name">${SERVICE_NAME}</a></div></header>` +
    `<div class="width-container"><main id="main-content" class="main">` +
    `<h1 class="heading-xl">${title}</h1>` +
    `<noscript><div class="error-summary"><p class="body">${escapeHtml(noScriptMessage(content.organisation))}</p></div></noscript>` +
    `<h2 class="heading-m">Before you start</h2>` +
    `<div class="notice-text">${paragraphs(content.privacyNotice)}</div>` +
    `</main></div>`;
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title} – ${SERVICE_NAME}</title>`)
    .replace(/<div id="root">[\s\S]*?<\/noscript>\s*<\/div>/, () => `<div id="root">${body}</div>`);
}

/**
 * Serves /s/<slug> for surveys the public can see; anything else (a draft, a typo) falls through
 * to the plain page, whose script shows "not found".
 */
export function surveyPageRoutes(deps: AppDeps) {
  const app = new Hono();
  let template: Promise<string | undefined> | undefined;
  const loadTemplate = () => {
    template ??= readFile(join(deps.config.clientDir, 'index.html'), 'utf8').catch(() => undefined);
    return template;
  };
  const handler = async (c: Context, next: Next) => {
    const html = await loadTemplate();
    if (!html) return next();
    const found = await loadPublicSurvey(deps, c.req.param('slug') ?? '').catch((error) => {
      if (error instanceof AppError) return undefined;
      throw error;
    });
    if (!found) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(
      renderSurveyPage(html, {
        title: found.survey.title,
        privacyNotice: found.version.texts.privacyNotice,
        organisation: deps.config.organisation,
      }),
    );
  };
  app.get('/s/:slug', handler);
  app.get('/s/:slug/', handler);
  return app;
}
