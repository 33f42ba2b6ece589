// Officers' view of bursts (responses per hour) and clusters of identical answers, and setting a
// suspected batch aside from reports, or undoing that. Nothing is deleted: a set-aside response
// only stops counting (db/set-aside-filter.ts), and both changes are audited.
import { Hono } from 'hono';
import type { ReportVersion } from '../../analysis/report/input-types.ts';
import { clusterMembers, hourlyCounts, listClusters } from '../../db/answer-clusters.ts';
import { listSetAsideBatches, setAsideBatch, undoSetAside } from '../../db/set-aside-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { readReportVersions } from '../reports/report-input.ts';
import { answerPreview } from '../set-aside/answer-preview.ts';
import { burstHours } from '../set-aside/burst-hours.ts';
import {
  type BurstsView,
  setAsideBodySchema,
  undoSetAsideBodySchema,
} from '../set-aside-contracts.ts';
import { actorOf, surveyBySlug } from './route-support.ts';

/** Fewer identical answers than this are ordinary, even in a long questionnaire. */
export const MINIMUM_CLUSTER = 5;
const CLUSTERS_SHOWN = 30;

export function burstsRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  for (const path of ['/:slug/bursts', '/:slug/set-asides', '/:slug/set-asides/*']) {
    app.use(path, async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  }

  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);
  const actor = actorOf;

  app.get('/:slug/bursts', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const counts = await hourlyCounts(deps.db, survey.id);
    const clusters = await listClusters(deps.db, survey.id, {
      minimum: MINIMUM_CLUSTER,
      limit: CLUSTERS_SHOWN,
    });
    const versions = new Map<string, ReportVersion>(
      (await readReportVersions(deps.db, survey.id)).map((v) => [v.id, v]),
    );
    const view: BurstsView = {
      title: survey.title,
      totalResponses: counts.reduce((n, h) => n + h.responses, 0),
      setAside: counts.reduce((n, h) => n + h.setAside, 0),
      ...burstHours(counts),
      minimumCluster: MINIMUM_CLUSTER,
      clusters: clusters.map((cluster) => ({
        id: cluster.id,
        responses: cluster.responses,
        setAside: cluster.setAside,
        firstHour: cluster.hours[0]?.hour ?? '',
        lastHour: cluster.hours.at(-1)?.hour ?? '',
        hours: cluster.hours,
        ...answerPreview(versions.get(cluster.versionId), cluster.answers),
      })),
      batches: await listSetAsideBatches(deps.db, survey.id),
    };
    return c.json(view);
  });

  app.post('/:slug/set-asides', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await readJsonBody(c, setAsideBodySchema);
    const hours = { from: body.fromHour, to: body.toHour };
    const members = await clusterMembers(deps.db, survey.id, body.clusterId, hours);
    if (!members.found) {
      throw new AppError(
        404,
        'cluster_not_found',
        'There is no such group of answers (in those hours).',
      );
    }
    const stored = await setAsideBatch(deps.db, {
      surveyId: survey.id,
      surveySlug: survey.slug,
      clusterId: body.clusterId,
      fromHour: body.fromHour ?? null,
      toHour: body.toHour ?? null,
      reason: body.reason,
      responseIds: members.ids,
      actor: actor(c),
      at: deps.now(),
    });
    if (!stored) {
      throw new AppError(
        409,
        'nothing_to_set_aside',
        'Every response of this group in those hours is already set aside.',
      );
    }
    return c.json(stored, 201);
  });

  app.post('/:slug/set-asides/:id/undo', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    const body = await readJsonBody(c, undoSetAsideBodySchema);
    const batchId = c.req.param('id');
    const batch = (await listSetAsideBatches(deps.db, survey.id)).find((b) => b.id === batchId);
    if (!batch) throw new AppError(404, 'batch_not_found', 'There is no such set-aside batch.');
    const undone = await undoSetAside(deps.db, {
      surveyId: survey.id,
      surveySlug: survey.slug,
      batchId,
      reason: body.reason || null,
      actor: actor(c),
      at: deps.now(),
    });
    if (!undone) throw new AppError(409, 'already_undone', 'This batch was already put back.');
    return c.body(null, 204);
  });

  return app;
}
