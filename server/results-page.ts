// GET /results/<slug>: the published results of a survey, public and server-rendered. An unknown
// slug, a survey never published and one taken down all get the same 404 page, so guessing
// addresses reveals nothing about which surveys exist.
import { Hono } from 'hono';
import { findSurveyBySlug } from '../db/surveys-repository.ts';
import type { AppDeps } from './app-deps.ts';
import { resultsNotFoundHtml, resultsPageHtml } from './exports/results-html.ts';
import { publishedDocument } from './services/publication.ts';

export function resultsPageRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/results/:slug', async (c) => {
    // Taking results down must show at once: caches check every time.
    c.header('Cache-Control', 'no-cache');
    // The name reports carry (ORGANISATION_NAME), and how to reach it when one is set.
    const organisation = {
      name: deps.config.organisationName,
      contact: deps.config.organisation.contact,
    };
    const survey = await findSurveyBySlug(deps.db, c.req.param('slug'));
    const published = survey && (await publishedDocument(deps, survey));
    if (!published) return c.html(resultsNotFoundHtml(organisation), 404);
    return c.html(resultsPageHtml(published.document, organisation));
  });
  return app;
}
