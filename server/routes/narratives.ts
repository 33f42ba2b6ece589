// An officer's own wording of the narrative under a question, used in every report and file instead
// of the drafted one. Saving records how many had answered and a digest of every figure of the
// question, so the report can flag the text when any of them moves on.
import { Hono } from 'hono';
import { z } from 'zod';
import { isReportQuestion } from '../../analysis/report/index.ts';
import { audit } from '../../db/audit-repository.ts';
import { deleteNarrative, saveNarrative } from '../../db/report-data-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { surveyNotFound } from '../public-survey.ts';
import { wholeSurveyFigures } from '../reports/narratives.ts';
import { readReportVersions } from '../reports/report-input.ts';

const narrativeSchema = z.strictObject({ text: z.string().trim().min(1).max(20_000) });
const questionSchema = z.string().min(1).max(200);

export function narrativeRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();

  /** The survey and the question the path names; 404 when either is not in the report. */
  async function target(slug: string, param: string) {
    const survey = await findSurveyBySlug(deps.db, slug);
    if (!survey) throw surveyNotFound();
    const question = questionSchema.safeParse(param);
    const versions = await readReportVersions(deps.db, survey.id);
    if (!question.success || !isReportQuestion(versions, question.data)) {
      throw new AppError(404, 'question_not_found', 'This survey has no such question.');
    }
    return { survey, question: question.data };
  }

  const actor = (c: Parameters<typeof currentAuth>[0]) => {
    const { user } = currentAuth(c);
    return { id: user.id, email: user.email };
  };

  app.put('/:slug/narratives/:question', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const { survey, question } = await target(c.req.param('slug'), c.req.param('question'));
    const { text } = await readJsonBody(c, narrativeSchema);
    const figures = await wholeSurveyFigures(deps.db, survey);
    const who = actor(c);
    const at = deps.now();
    await inTransaction(deps.db, async (trx) => {
      await saveNarrative(trx, {
        surveyId: survey.id,
        question,
        text,
        by: who.email,
        at,
        answered: figures.answered.get(question) ?? 0,
        figures: figures.fingerprints.get(question),
      });
      await audit(trx, {
        actor: who,
        action: 'narrative.save',
        target: `${survey.slug}/${question}`,
        at,
      });
    });
    return c.json({ question, text });
  });

  app.delete('/:slug/narratives/:question', async (c) => {
    const { survey, question } = await target(c.req.param('slug'), c.req.param('question'));
    const who = actor(c);
    const at = deps.now();
    await inTransaction(deps.db, async (trx) => {
      await deleteNarrative(trx, survey.id, question);
      await audit(trx, {
        actor: who,
        action: 'narrative.reset',
        target: `${survey.slug}/${question}`,
        at,
      });
    });
    return c.body(null, 204);
  });

  return app;
}
