// Officers' view of what parents say that no theme covers: per question, the answers no theme
// matched, grouped by similarity with a suggested label. Officers read answers; a new theme is
// made by a designer in the codebook (officers may not change codebooks), so the page hands over.
import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_GROUPED_ANSWERS } from '../../analysis/unmatched/group-answers.ts';
import { findSurveyBySlug, findVersionById } from '../../db/surveys-repository.ts';
import { listUnmatchedAnswers } from '../../db/unmatched-answers-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { type AuthEnv, sessionMiddleware } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { surveyNotFound } from '../public-survey.ts';
import { groupInThread } from '../unmatched/group-in-thread.ts';
import { GROUP_EXAMPLES, type UnmatchedGroups } from '../unmatched-contracts.ts';

const questionName = z.string().min(1).max(200);

export function unmatchedGroupRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const path = '/:slug/questions/:question/unmatched-groups';
  app.use(path, sessionMiddleware(deps), async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get(path, async (c) => {
    const survey = await findSurveyBySlug(deps.db, c.req.param('slug'));
    if (!survey) throw surveyNotFound();
    const question = questionName.safeParse(c.req.param('question'));
    const versionId = survey.current_version_id;
    const version = versionId
      ? await deps.versions.get(versionId, (v) => findVersionById(deps.db, v))
      : undefined;
    const found = question.success
      ? await listUnmatchedAnswers(deps.db, survey.id, question.data, MAX_GROUPED_ANSWERS)
      : undefined;
    if (
      !question.success ||
      !found ||
      (!version?.questionsByKey.has(question.data) && found.answered === 0)
    ) {
      throw new AppError(404, 'question_not_found', 'This survey has no such question.');
    }
    const texts = new Map(found.answers.map((a) => [a.responseId, a.redacted]));
    const grouping = await groupInThread(
      found.answers.map((a) => ({ id: a.responseId, text: a.redacted })),
    );
    const body: UnmatchedGroups = {
      question: question.data,
      questionTitle: version?.questionsByKey.get(question.data)?.title ?? question.data,
      codebookKey: found.codebookKey,
      answered: found.answered,
      unmatched: found.unmatched,
      considered: grouping.considered,
      ungrouped: grouping.ungrouped,
      groups: grouping.groups.map((g) => ({
        label: g.label,
        keywords: g.keywords,
        count: g.ids.length,
        examples: g.ids
          .slice(0, GROUP_EXAMPLES)
          .map((id) => ({ responseId: id, text: texts.get(id) ?? '' })),
      })),
    };
    return c.json(body);
  });
  return app;
}
