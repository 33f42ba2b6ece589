// Codebooks, the themes answers are tagged with: officers read them, designers and admins change
// them. A saved change is a new version; the tag worker then re-tags the answers that use it.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { type Codebook, codebookSchema, parseCodebook } from '../../analysis/codebook.ts';
import {
  latestCodebook,
  listLatestCodebooks,
  type StoredCodebook,
  saveAppCodebook,
} from '../../db/codebooks-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { previewCodebook } from '../codebook-preview.ts';
import {
  type CodebookDetail,
  type CodebookSummary,
  codebookPreviewBodySchema,
  saveCodebookBodySchema,
} from '../designer-contracts.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { surveyNotFound } from '../public-survey.ts';

const managedBy = (value: string) => (value === 'app' ? 'app' : 'file');

const codebookNotFound = () =>
  new AppError(404, 'codebook_not_found', 'There is no codebook with this key.');

/** The document checked against the codebook format, each problem listed by theme and field. */
function checkedDocument(key: string, document: unknown): Codebook {
  const parsed = codebookSchema.safeParse(document);
  if (!parsed.success) {
    throw new AppError(
      400,
      'invalid_codebook',
      'The codebook has problems to fix before it can be used.',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  if (parsed.data.id !== key) {
    throw new AppError(400, 'invalid_codebook', `The codebook's id must stay "${key}".`, [
      { path: 'id', message: `expected "${key}"` },
    ]);
  }
  return parsed.data;
}

const toDetail = (stored: StoredCodebook): CodebookDetail => ({
  key: stored.key,
  version: stored.version,
  managedBy: managedBy(stored.managedBy),
  document: stored.document as Record<string, unknown>,
});

export function codebooksRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  const bodyLimit = jsonBodyLimit(deps.config.maxBodyBytes);

  const latest = async (key: string) => {
    const stored = await latestCodebook(deps.db, key);
    if (!stored) throw codebookNotFound();
    return stored;
  };

  app.get('/', async (c) => {
    const list: CodebookSummary[] = (await listLatestCodebooks(deps.db)).map((row) => {
      const document = row.document as { name?: unknown; themes?: unknown };
      return {
        key: row.key,
        version: row.version,
        name: typeof document.name === 'string' ? document.name : row.key,
        themes: Array.isArray(document.themes) ? document.themes.length : 0,
        managedBy: managedBy(row.managedBy),
        updatedAt: row.createdAt,
      };
    });
    return c.json(list);
  });

  app.get('/:key', async (c) => c.json(toDetail(await latest(c.req.param('key')))));

  app.put('/:key', bodyLimit, async (c) => {
    const body = await readJsonBody(c, saveCodebookBodySchema);
    const key = c.req.param('key');
    const previous = await latest(key);
    const document = checkedDocument(key, body.document);
    const { user } = currentAuth(c);
    const saved = await saveAppCodebook(deps.db, {
      key,
      document,
      contentHash: createHash('sha256').update(JSON.stringify(document)).digest('hex'),
      now: deps.now(),
      baseVersion: body.baseVersion,
      audit: {
        actor: { id: user.id, email: user.email },
        action: 'codebook.save',
        target: key,
        details: { from: previous.version, themes: document.themes.length },
        at: deps.now(),
      },
    });
    if (saved.kind === 'stale') {
      throw new AppError(
        409,
        'codebook_changed',
        `Someone saved version ${saved.latest} of this codebook since you opened it. ` +
          'Reload it and make your change again.',
      );
    }
    return c.json({ ...toDetail(await latest(key)), retagged: saved.retagged });
  });

  app.post('/:key/preview', bodyLimit, async (c) => {
    const body = await readJsonBody(c, codebookPreviewBodySchema);
    const key = c.req.param('key');
    const current = parseCodebook((await latest(key)).document);
    const proposed = checkedDocument(key, body.document);
    let surveyId: string | undefined;
    if (body.survey !== undefined) {
      const survey = await findSurveyBySlug(deps.db, body.survey);
      if (!survey) throw surveyNotFound();
      surveyId = survey.id;
    }
    return c.json(await previewCodebook(deps, { key, current, proposed, surveyId }));
  });

  return app;
}
