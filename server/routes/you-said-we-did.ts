// The public "You said, we did" pages: every survey, one survey (standard, easy read, translated),
// the Atom feed and the yearly summary with its download. Server-rendered HTML that needs no
// JavaScript; nothing here builds a report except the yearly summary, which remembers them.
import { type Context, Hono } from 'hono';
import { dayOf } from '../../db/actions-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { EASY_READ } from '../you-said-we-did/action-markup.ts';
import { renderAtomFeed } from '../you-said-we-did/atom-feed.ts';
import { publicSurveyActions, publicSurveysWithActions } from '../you-said-we-did/public-view.ts';
import { rememberedReports } from '../you-said-we-did/report-memory.ts';
import {
  renderIndexPage,
  renderNotFoundPage,
  renderSurveyPage,
  translatedLocales,
} from '../you-said-we-did/survey-pages.ts';
import { renderYearPage } from '../you-said-we-did/year-page.ts';
import { buildYearSummary, summaryYears } from '../you-said-we-did/year-summary.ts';

const FIRST_YEAR = 2000;

export function youSaidWeDidRoutes(deps: AppDeps) {
  const app = new Hono();
  const organisation = deps.config.organisation;
  const reportOf = rememberedReports(deps.now);
  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-cache');
  });
  const notFoundPage = (c: Context) => c.html(renderNotFoundPage(organisation), 404);

  app.get('/', async (c) => {
    const entries = await publicSurveysWithActions(deps.db);
    return c.html(renderIndexPage(entries, summaryYears(entries, deps.now()), organisation));
  });

  app.get('/feed.atom', async (c) => {
    const entries = await publicSurveysWithActions(deps.db);
    const xml = renderAtomFeed(entries, {
      base: deps.config.publicUrl,
      organisation: organisation.name,
      today: dayOf(deps.now()),
    });
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  const yearPage = async (c: Context, download: boolean) => {
    const text = c.req.param('year') ?? '';
    const year = Number(text);
    const now = deps.now();
    if (!/^\d{4}$/.test(text) || year < FIRST_YEAR || year > now.getUTCFullYear()) {
      return notFoundPage(c);
    }
    const entries = await publicSurveysWithActions(deps.db);
    const summary = await buildYearSummary(deps.db, entries, {
      year,
      k: deps.config.suppressionK,
      now,
      reportOf,
    });
    const page = renderYearPage(summary, organisation, { download });
    if (!download) return c.html(page);
    return c.body(page, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `attachment; filename="you-said-we-did-${year}.html"`,
    });
  };
  app.get('/year/:year', (c) => yearPage(c, false));
  app.get('/year/:year/download', (c) => yearPage(c, true));

  app.get('/:slug', async (c) => {
    const entry = await publicSurveyActions(deps.db, c.req.param('slug'));
    if (!entry) return notFoundPage(c);
    return c.html(renderSurveyPage(entry, organisation));
  });

  app.get('/:slug/:locale', async (c) => {
    const entry = await publicSurveyActions(deps.db, c.req.param('slug'));
    const locale = c.req.param('locale');
    if (!entry || (locale !== EASY_READ && !translatedLocales(entry).includes(locale))) {
      return notFoundPage(c);
    }
    return c.html(renderSurveyPage(entry, organisation, locale));
  });

  return app;
}
