// Learning from officers' codes in the app: officers see what the automatic tagging has learned;
// an administrator asks for a training run, reads how well it agrees with officers on answers it
// never saw, and installs it (every answer is then tagged again) or discards it.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { parseCodebook } from '../../analysis/codebook.ts';
import { MIN_CODED_EXAMPLES } from '../../analysis/learn-from-codes.ts';
import { audit } from '../../db/audit-repository.ts';
import {
  activateThemeModel,
  activeThemeModelSummary,
  latestCodebook,
} from '../../db/codebooks-repository.ts';
import {
  decideTraining,
  findTraining,
  listTrainings,
  queueTraining,
  type TrainingSummaryRow,
} from '../../db/model-trainings-repository.ts';
import { countHumanCodedAnswers, queueRetag } from '../../db/tagging-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import {
  requestTrainingSchema,
  type TrainingOverview,
  type TrainingRun,
  trainingStatusSchema,
} from '../training-contracts.ts';

const DEFAULT_CODEBOOK = 'send-default';

const parsed = <T>(json: string | null) => (json === null ? null : (JSON.parse(json) as T));

function toRun(row: TrainingSummaryRow): TrainingRun {
  return {
    id: row.id,
    status: trainingStatusSchema.parse(row.status),
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    finishedAt: row.finished_at,
    coded: row.coded,
    heldOut: row.held_out,
    agreement: parsed(row.agreement),
    labels: parsed(row.labels),
    modelId: row.model_id,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    failure: row.failure,
  };
}

const notFound = () => new AppError(404, 'training_not_found', 'There is no such training run.');
const notReady = () =>
  new AppError(409, 'training_not_ready', 'This training run is not waiting for a decision.');

export function modelTrainingRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  const actor = (c: Parameters<typeof currentAuth>[0]) => {
    const { user } = currentAuth(c);
    return { id: user.id, email: user.email };
  };

  app.get('/', async (c) => {
    const [coded, active, runs, codebook] = await Promise.all([
      countHumanCodedAnswers(deps.db),
      activeThemeModelSummary(deps.db),
      listTrainings(deps.db),
      latestCodebook(deps.db, DEFAULT_CODEBOOK),
    ]);
    const overview: TrainingOverview = {
      coded,
      minimum: MIN_CODED_EXAMPLES,
      activeModel: active ?? null,
      runs: runs.map(toRun),
      themes: codebook
        ? parseCodebook(codebook.document).themes.map((t) => ({ id: t.id, label: t.label }))
        : [],
    };
    return c.json(overview);
  });

  app.post('/', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const body = await readJsonBody(c, requestTrainingSchema);
    const codebookKey = body.codebook ?? DEFAULT_CODEBOOK;
    if (!(await latestCodebook(deps.db, codebookKey))) {
      throw new AppError(400, 'unknown_codebook', `There is no codebook "${codebookKey}".`);
    }
    const coded = await countHumanCodedAnswers(deps.db);
    if (coded < MIN_CODED_EXAMPLES) {
      throw new AppError(
        409,
        'too_few_codes',
        `Only ${coded} answers are coded by officers: code at least ${MIN_CODED_EXAMPLES} first.`,
      );
    }
    const who = actor(c);
    const at = deps.now();
    const result = await inTransaction(deps.db, async (trx) => {
      const queued = await queueTraining(trx, {
        id: randomUUID(),
        codebookKey,
        requestedBy: who.email,
        at: at.toISOString(),
      });
      if (queued.queued) {
        await audit(trx, { actor: who, action: 'model.train', target: queued.id, at });
      }
      return queued;
    });
    if (!result.queued) {
      throw new AppError(
        409,
        'training_in_progress',
        'A training run is already waiting or running.',
        [{ id: result.id }],
      );
    }
    return c.json({ id: result.id, status: 'queued' }, 202);
  });

  app.post('/:id/install', async (c) => {
    const run = await findTraining(deps.db, c.req.param('id'));
    if (!run) throw notFound();
    if (run.status !== 'ready' || run.document === null) throw notReady();
    const document = JSON.parse(run.document) as unknown;
    const labels = parsed<string[]>(run.labels) ?? [];
    const who = actor(c);
    const at = deps.now();
    const installed = await inTransaction(deps.db, async (trx) => {
      const modelId = await activateThemeModel(
        trx,
        { document, labels, exampleCount: run.coded ?? 0 },
        at,
      );
      const decided = await decideTraining(trx, run.id, {
        status: 'installed',
        by: who.email,
        at: at.toISOString(),
        modelId,
      });
      if (!decided) throw notReady();
      const { total } = await queueRetag(trx, { reason: `model ${modelId}`, now: at });
      await audit(trx, {
        actor: who,
        action: 'model.install',
        target: run.id,
        details: { modelId, queued: total },
        at,
      });
      return { modelId, queued: total };
    });
    return c.json(installed);
  });

  app.post('/:id/discard', async (c) => {
    const run = await findTraining(deps.db, c.req.param('id'));
    if (!run) throw notFound();
    const who = actor(c);
    const at = deps.now();
    await inTransaction(deps.db, async (trx) => {
      const decided = await decideTraining(trx, run.id, {
        status: 'discarded',
        by: who.email,
        at: at.toISOString(),
      });
      if (!decided) throw notReady();
      await audit(trx, { actor: who, action: 'model.discard', target: run.id, at });
    });
    return c.body(null, 204);
  });

  return app;
}
