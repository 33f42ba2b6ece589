// What officers add to a survey's results: paper and telephone responses typed in on a parent's
// behalf, and their own wording of a question's narrative.
import { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../db/audit-repository.ts';
import { deleteNarrative, saveNarrative } from '../../db/report-data-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth, requireRole } from '../auth/require-role.ts';
import { type AuthEnv, sessionMiddleware } from '../auth/session-middleware.ts';
import { IDEMPOTENCY_HEADER, officerResponseBodySchema } from '../contracts.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { surveyNotFound } from '../public-survey.ts';
import { acceptResponse, readIdempotencyKey } from './responses.ts';

const narrativeSchema = z.strictObject({ text: z.string().trim().min(1).max(20_000) });

export function officerEntryRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  for (const path of ['/:slug/paper-responses', '/:slug/narratives/*']) {
    app.use(path, sessionMiddleware(deps), requireRole('officer'));
  }
  const actor = (c: Parameters<typeof currentAuth>[0]) => {
    const { user } = currentAuth(c);
    return { id: user.id, email: user.email };
  };

  app.post('/:slug/paper-responses', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const idempotencyKey = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
    const { channel, ...body } = await readJsonBody(c, officerResponseBodySchema);
    const slug = c.req.param('slug');
    const id = await acceptResponse(deps, { slug, body, idempotencyKey, channel });
    // The audit says that a response was entered and how it arrived, never which one: that would
    // tie the response to the officer who met or spoke to the parent.
    await audit(deps.db, {
      actor: actor(c),
      action: `response.${channel}`,
      target: slug,
      at: deps.now(),
    });
    return c.json({ id }, 201);
  });

  app.put('/:slug/narratives/:question', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await findSurveyBySlug(deps.db, c.req.param('slug'));
    if (!survey) throw surveyNotFound();
    const { text } = await readJsonBody(c, narrativeSchema);
    const who = actor(c);
    await saveNarrative(deps.db, {
      surveyId: survey.id,
      question: c.req.param('question'),
      text,
      by: who.email,
      at: deps.now(),
    });
    return c.json({ question: c.req.param('question'), text });
  });

  app.delete('/:slug/narratives/:question', async (c) => {
    const survey = await findSurveyBySlug(deps.db, c.req.param('slug'));
    if (!survey) throw surveyNotFound();
    await deleteNarrative(deps.db, survey.id, c.req.param('question'));
    return c.body(null, 204);
  });

  return app;
}
