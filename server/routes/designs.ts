// The designers' API: drafts, checks, co-production sign-off, publishing and closing of surveys.
// Designers and admins change; officers read. Each change is one transaction with its audit row.
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuditEntry } from '../../db/audit-repository.ts';
import { createDraftSurvey, saveDraft } from '../../db/survey-design-repository.ts';
import {
  findVersionByNumber,
  listVersionSummaries,
  updateSurveyOptions,
} from '../../db/survey-publishing-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import { seesResponseCounts } from '../auth/roles.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import {
  createSurveyBodySchema,
  designSettingsSchema,
  saveDraftBodySchema,
  surveyScheduleBodySchema,
} from '../designer-contracts.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { surveyCoreWording } from '../survey-core-wording.ts';
import {
  checksOf,
  designOf,
  draftContent,
  toDesignSettings,
  workingDraft,
} from '../survey-design/design-state.ts';
import {
  BLANK_TEMPLATE,
  importDefinition,
  listTemplates,
} from '../survey-design/import-definition.ts';
import {
  approveDraft,
  checkSchedule,
  draftOrConflict,
  publishSurvey,
} from '../survey-design/sign-off-and-publish.ts';
import { surveyBySlug } from './route-support.ts';

/** Definitions with several languages outgrow the answer limit; 2 MiB is still bounded. */
const DESIGN_BODY_BYTES = 2 * 1024 * 1024;

const isoOrNull = z.iso.datetime({ offset: true }).nullable().optional();
const publishBodySchema = z.strictObject({
  opensAt: isoOrNull,
  closesAt: isoOrNull,
  /** Languages the team agrees to publish although the checks found them incomplete. */
  incompleteLanguages: z.array(z.string().max(35)).max(50).optional(),
});
const approveBodySchema = z.strictObject({ role: z.enum(['officer', 'forum']).optional() });

type AuthContext = Context<AuthEnv>;

/** Reads an optional JSON body: none at all counts as {}. */
async function optionalBody<T extends z.ZodType>(c: AuthContext, schema: T): Promise<z.infer<T>> {
  const text = await c.req.raw.clone().text();
  if (!text.trim()) return schema.parse({});
  return readJsonBody(c, schema);
}

export function designRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const limit = jsonBodyLimit(Math.max(deps.config.maxBodyBytes, DESIGN_BODY_BYTES));
  // Per route, never '*': this sub-app shares /api/surveys with the public, cacheable routes.
  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };

  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);
  const entry = (c: AuthContext, action: string, target: string, details = {}): AuditEntry => {
    const { user } = currentAuth(c);
    return { actor: { id: user.id, email: user.email }, action, target, details, at: deps.now() };
  };
  const now = () => deps.now().toISOString();

  app.post('/', limit, noStore, async (c) => {
    const body = await readJsonBody(c, createSurveyBodySchema);
    if (body.json !== undefined && body.template !== undefined) {
      throw new AppError(400, 'invalid_request', 'Send either json or template, not both.');
    }
    let json: unknown = body.json;
    let templateSettings = {};
    if (body.json === undefined) {
      const name = body.template ?? BLANK_TEMPLATE;
      const template = listTemplates(deps.config.surveysDir).find((t) => t.slug === name);
      if (!template) {
        throw new AppError(400, 'unknown_template', `There is no template called "${name}".`);
      }
      json = template.json;
      templateSettings = template.settings;
    }
    const settings = body.settings ?? designSettingsSchema.parse(templateSettings);
    const imported = importDefinition(json, settings);
    const { user } = currentAuth(c);
    const created = await createDraftSurvey(
      deps.db,
      {
        slug: body.slug,
        requiresApproval: body.requiresApproval ?? false,
        ...draftContent({
          json: imported.json,
          settings,
          title: body.title,
          series: body.series ?? null,
        }),
      },
      user.email,
      entry(c, 'survey.create', body.slug, {
        from: body.json === undefined ? `template:${body.template ?? BLANK_TEMPLATE}` : 'json',
        warnings: imported.warnings.length,
      }),
      now(),
    );
    if (!created) {
      throw new AppError(409, 'slug_taken', `A survey already uses the address "${body.slug}".`);
    }
    return c.json(await designOf(deps, await surveyOf(body.slug)), 201);
  });

  app.get('/:slug/design', noStore, async (c) =>
    c.json(await designOf(deps, await surveyOf(c.req.param('slug')))),
  );

  app.put('/:slug/draft', limit, noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await readJsonBody(c, saveDraftBodySchema);
    const current = await workingDraft(deps, survey);
    const settings = body.settings ?? current?.settings ?? designSettingsSchema.parse({});
    const imported = importDefinition(body.json, settings);
    const content = draftContent({
      json: imported.json,
      settings,
      title: body.title ?? current?.title ?? survey.title,
      series: body.series === undefined ? (current?.series ?? survey.series) : body.series,
    });
    const { user } = currentAuth(c);
    const saved = await saveDraft(
      deps.db,
      { id: survey.id, isDraft: survey.status === 'draft' },
      content,
      body.baseRevision,
      user.email,
      (revision) =>
        entry(c, 'survey.draft.save', survey.slug, {
          revision,
          warnings: imported.warnings.length,
        }),
      now(),
    );
    if (!saved.saved) {
      throw new AppError(
        409,
        'draft_changed',
        `Someone saved this draft since you opened it (now revision ${saved.revision}). Reload it and make your change again.`,
      );
    }
    return c.json(await designOf(deps, await surveyOf(survey.slug)));
  });

  app.patch('/:slug', limit, noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await readJsonBody(c, surveyScheduleBodySchema);
    checkSchedule(
      body.opensAt === undefined ? survey.opens_at : body.opensAt,
      body.closesAt === undefined ? survey.closes_at : body.closesAt,
    );
    const { user } = currentAuth(c);
    // Sign-off protects co-production: a designer may ask for it, only an admin may waive it.
    const result = await updateSurveyOptions(
      deps.db,
      survey.id,
      body,
      entry(c, 'survey.settings', survey.slug, body),
      now(),
      user.role === 'admin',
    );
    if (result === 'sign_off_kept') {
      throw new AppError(
        403,
        'admin_required',
        'Only an admin can turn off sign-off. This survey needs approval by an officer and a forum member before it is published.',
      );
    }
    return c.json(await designOf(deps, await surveyOf(survey.slug)));
  });

  app.get('/:slug/checks', noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const { breaking: _breaking, ...checks } = await checksOf(
      deps,
      survey,
      await draftOrConflict(deps, survey),
    );
    return c.json(checks);
  });

  app.get('/:slug/approvals', noStore, async (c) => {
    const design = await designOf(deps, await surveyOf(c.req.param('slug')));
    return c.json(design.approvals);
  });

  app.post('/:slug/approvals', limit, noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await optionalBody(c, approveBodySchema);
    const added = await approveDraft(deps, survey, currentAuth(c).user, body.role);
    const design = await designOf(deps, await surveyOf(survey.slug));
    return c.json(design.approvals, added ? 201 : 200);
  });

  app.post('/:slug/publish', limit, noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await optionalBody(c, publishBodySchema);
    const published = await publishSurvey(deps, survey, currentAuth(c).user, body);
    return c.json({ ...published, design: await designOf(deps, await surveyOf(survey.slug)) });
  });

  app.post('/:slug/close', noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    if (survey.status === 'draft') {
      throw new AppError(
        409,
        'not_published',
        'A survey that was never published cannot be closed.',
      );
    }
    if (survey.status !== 'closed') {
      await updateSurveyOptions(
        deps.db,
        survey.id,
        { status: 'closed' },
        entry(c, 'survey.close', survey.slug, { was: survey.status }),
        now(),
      );
    }
    return c.json(await designOf(deps, await surveyOf(survey.slug)));
  });

  app.get('/:slug/versions', noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const versions = await listVersionSummaries(deps.db, survey.id);
    if (seesResponseCounts(currentAuth(c).user.role)) return c.json(versions);
    return c.json(versions.map(({ responses: _hidden, ...version }) => version));
  });

  app.get('/:slug/versions/:n', noStore, async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const n = Number(c.req.param('n'));
    const row =
      Number.isInteger(n) && n > 0 ? await findVersionByNumber(deps.db, survey.id, n) : undefined;
    if (!row) throw new AppError(404, 'version_not_found', 'This survey has no such version.');
    return c.json({
      version: row.version,
      createdAt: row.created_at,
      publishedBy: row.published_by,
      json: JSON.parse(row.definition) as unknown,
      settings: toDesignSettings(JSON.parse(row.settings)),
    });
  });

  return app;
}

/** GET /api/designer/templates: starting points for a new survey. */
/** A locale as SurveyJS writes it: "cy", "pt-br". */
const localeSchema = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i);

export function designerRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  // survey-core's own wording of its buttons and errors per language, which parents get where a
  // survey words none, so that the preview shows the same (?locales=cy,pl).
  app.get('/survey-core-wording', (c) => {
    const asked = (c.req.query('locales') ?? '').split(',').filter(Boolean).slice(0, 50);
    const locales = asked.filter((l) => localeSchema.safeParse(l).success);
    c.header('Cache-Control', 'private, max-age=3600');
    return c.json(Object.fromEntries(locales.map((l) => [l, surveyCoreWording(l)])));
  });
  app.get('/templates', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(
      listTemplates(deps.config.surveysDir).map(({ slug, title }) => ({ slug, title })),
    );
  });
  return app;
}
