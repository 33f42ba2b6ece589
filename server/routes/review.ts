// Officers' review of free-text answers: the safeguarding list, drill-down and coding of themes,
// quote approval, and how far automatic tagging agrees with their codes.
import { Hono } from 'hono';
import { z } from 'zod';
import { parseCodebook } from '../../analysis/codebook.ts';
import { audit } from '../../db/audit-repository.ts';
import { latestCodebook } from '../../db/codebooks-repository.ts';
import { codingProgress, listCodingQueue } from '../../db/coding-queue.ts';
import { answerKey, effectiveThemes } from '../../db/effective-themes.ts';
import { listThemeRows } from '../../db/report-data-repository.ts';
import {
  findAnalysis,
  listCodingRows,
  listSafeguarding,
  markReviewed,
  setHumanCodes,
  themeRowsFor,
} from '../../db/review-repository.ts';
import { findVersionById, type SurveyRow } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { decideQuote } from '../services/quote-approval.ts';
import { themeAgreement } from '../services/theme-agreement.ts';
import { actorOf, surveyBySlug } from './route-support.ts';

const answerRef = z.strictObject({ responseId: z.uuid(), question: z.string().min(1).max(200) });
const quoteSchema = z.strictObject({
  key: z.string().regex(/^[0-9a-f-]{36}:.+$/),
  approved: z.boolean(),
  text: z.string().min(1).max(10_000).optional(),
});
const codesSchema = z.strictObject({ themes: z.array(z.string().min(1).max(60)).max(100) });
const listQuery = z.strictObject({
  question: z.string().min(1).max(200).optional(),
  theme: z.string().min(1).max(60).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  /** "check": the answers most worth checking first (db/coding-queue.ts); needs a question. */
  order: z.enum(['time', 'check']).default('time'),
});
const progressQuery = z.strictObject({ question: z.string().min(1).max(200) });

const answerText = (answers: string, question: string) => {
  const value = (JSON.parse(answers) as Record<string, unknown>)[question];
  return typeof value === 'string' ? value : '';
};

export function reviewRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  for (const path of [
    '/:slug/safeguarding',
    '/:slug/safeguarding/*',
    '/:slug/answers',
    '/:slug/answers/*',
    '/:slug/quotes',
    '/:slug/agreement',
  ]) {
    app.use(path, async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  }
  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);
  const actor = actorOf;

  /** Question titles in the current wording, as reports use; older questions keep their name. */
  const titlesOf = async (survey: SurveyRow) => {
    const id = survey.current_version_id;
    const version = id
      ? await deps.versions.get(id, (v) => findVersionById(deps.db, v))
      : undefined;
    return (name: string) => version?.questionsByKey.get(name)?.title ?? name;
  };

  app.get('/:slug/safeguarding', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const rows = await listSafeguarding(deps.db, survey.id);
    const titleOf = await titlesOf(survey);
    return c.json(
      rows.map((r) => ({
        responseId: r.response_id,
        question: r.question,
        questionTitle: titleOf(r.question),
        submittedAt: r.submitted_at,
        // Officers acting on a safeguarding concern need what was written, names included.
        text: answerText(r.answers, r.question),
        redacted: r.redacted,
        evidence: JSON.parse(r.safeguarding_evidence) as string[],
        reviewed: r.reviewed_at ? { by: r.reviewed_by, at: r.reviewed_at } : null,
      })),
    );
  });

  app.post('/:slug/safeguarding/review', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await readJsonBody(c, answerRef);
    if (!(await findAnalysis(deps.db, survey.id, body.responseId, body.question))) {
      throw new AppError(404, 'answer_not_found', 'There is no such answer in this survey.');
    }
    const who = actor(c);
    await markReviewed(deps.db, body.responseId, body.question, who.email, deps.now());
    await audit(deps.db, {
      actor: who,
      action: 'safeguarding.review',
      target: `${survey.slug}/${body.responseId}/${body.question}`,
      at: deps.now(),
    });
    return c.body(null, 204);
  });

  app.get('/:slug/answers', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const query = listQuery.safeParse(c.req.query());
    if (!query.success)
      throw new AppError(400, 'invalid_parameter', 'The list parameters are not valid.');
    const { question, theme, limit, offset, order } = query.data;
    if (order === 'check' && (!question || theme)) {
      throw new AppError(400, 'invalid_parameter', 'Checking order needs a question and no theme.');
    }
    let responseIds: string[] | undefined;
    if (theme) {
      const rows = await listThemeRows(deps.db, survey.id);
      const { themes } = effectiveThemes(rows);
      const ids = rows
        .filter((r) => !question || r.question === question)
        .filter((r) => themes.get(answerKey(r.response_id, r.question))?.includes(theme))
        .map((r) => r.response_id);
      responseIds = [...new Set(ids)];
    }
    const queued =
      order === 'check' && question
        ? await listCodingQueue(deps.db, survey.id, question, { limit, offset })
        : undefined;
    const rows =
      queued ??
      (await listCodingRows(deps.db, survey.id, { question, responseIds, limit, offset }));
    const themes = await themeRowsFor(
      deps.db,
      rows.map((r) => r.response_id),
    );
    return c.json(
      rows.map((r, i) => ({
        responseId: r.response_id,
        question: r.question,
        submittedAt: r.submitted_at,
        text: answerText(r.answers, r.question),
        // What a quote of it would publish, and whether one is approved (with shortened words).
        redacted: r.redacted,
        quote: { approved: r.approved_by !== null, excerpt: r.excerpt },
        substantive: r.substantive === 1,
        safeguarding: r.safeguarding === 1,
        themes: themes
          .filter((t) => t.response_id === r.response_id && t.question === r.question)
          .map((t) => ({
            id: t.theme_id,
            source: t.source,
            present: t.present === 1,
            score: t.score,
            evidence: JSON.parse(t.evidence) as string[],
          })),
        ...(queued && {
          check: {
            checked: queued[i]?.checked === 1,
            disputed: queued[i]?.disputed ?? [],
            closeCall: queued[i]?.close_call === 1,
          },
        }),
      })),
    );
  });

  app.get('/:slug/answers/progress', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const query = progressQuery.safeParse(c.req.query());
    if (!query.success) throw new AppError(400, 'invalid_parameter', 'Name one question.');
    return c.json(await codingProgress(deps.db, survey.id, query.data.question));
  });

  app.put(
    '/:slug/answers/:responseId/:question/themes',
    jsonBodyLimit(deps.config.maxBodyBytes),
    async (c) => {
      const survey = await surveyOf(c.req.param('slug'));
      const ref = answerRef.safeParse({
        responseId: c.req.param('responseId'),
        question: c.req.param('question'),
      });
      const analysis = ref.success
        ? await findAnalysis(deps.db, survey.id, ref.data.responseId, ref.data.question)
        : undefined;
      if (!ref.success || !analysis) {
        throw new AppError(404, 'answer_not_found', 'There is no such answer in this survey.');
      }
      const { themes } = await readJsonBody(c, codesSchema);
      // Unticked means absent for every theme of the codebook this answer was tagged with.
      const stored = await latestCodebook(deps.db, analysis.codebook_key);
      const allThemes = stored ? parseCodebook(stored.document).themes.map((t) => t.id) : [];
      await setHumanCodes(deps.db, { ...ref.data, chosen: themes, allThemes }, deps.now());
      return c.json({
        responseId: ref.data.responseId,
        question: ref.data.question,
        themes: [...new Set(themes)].sort(),
      });
    },
  );

  app.post('/:slug/quotes', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const { key, approved, text } = await readJsonBody(c, quoteSchema);
    const [responseId = '', question = ''] = [key.slice(0, 36), key.slice(37)];
    const decision = { survey, responseId, question, approved, actor: actor(c) };
    await decideQuote(deps, text === undefined ? decision : { ...decision, text });
    return c.body(null, 204);
  });

  app.get('/:slug/agreement', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    return c.json(await themeAgreement(deps.db, survey.id));
  });

  return app;
}
