// Learning from officers' codes in the app: an administrator asks for a training run, reads how it
// agrees with officers on answers it never saw, and installs it, which re-tags every answer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit-repository.ts';
import { claimTraining } from '../../db/model-trainings-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createTrainingRunner } from '../../server/tagging/training-runner.ts';
import type { TrainingOverview } from '../../server/training-contracts.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let admin: string;
let officer: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test' },
  });
  admin = await tokenFor(t, (await addUser(t, 'admin')).id);
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const TEXTS: [string, string][] = [
  ['transport', 'The taxi to school takes ninety minutes each way'],
  ['transport', 'Our bus pass was withdrawn without warning'],
  ['social_care', 'Short breaks were cut and we have no respite'],
  ['social_care', 'The social worker changed four times this year'],
];

/** Parents answer; officers code each answer with the theme they see in it. */
async function codeAnswers(count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const [, text] = TEXTS[i % TEXTS.length] as [string, string];
    const res = await t.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: { ...validTinyAnswers, working_well: `${text} (${i})` } }),
    );
    ids.push(((await res.json()) as { id: string }).id);
  }
  await t.tagWorker.drain();
  for (const [i, id] of ids.entries()) {
    const [theme] = TEXTS[i % TEXTS.length] as [string, string];
    const res = await t.request(
      `/api/surveys/tiny/answers/${id}/working_well/themes`,
      asToken(officer, 'PUT', { themes: [theme] }),
    );
    expect(res.status).toBe(200);
  }
}

const overview = async (token = officer) =>
  (await (await t.request('/api/model-trainings', asToken(token))).json()) as TrainingOverview;

describe('training from officers’ codes', () => {
  it('is for signed-in officers to see and administrators alone to start, install or discard', async () => {
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    expect((await t.request('/api/model-trainings')).status).toBe(401);
    expect((await t.request('/api/model-trainings', asToken(designer))).status).toBe(403);
    expect((await t.request('/api/model-trainings', asToken(officer))).status).toBe(200);
    for (const path of [
      '/api/model-trainings',
      '/api/model-trainings/x/install',
      '/api/model-trainings/x/discard',
    ]) {
      expect((await t.request(path, asToken(officer, 'POST', {}))).status, path).toBe(403);
    }
    expect((await t.request('/api/model-trainings/x/install', asToken(admin, 'POST'))).status).toBe(
      404,
    );
  });

  it('refuses to start before officers have coded enough answers, and queues nothing', async () => {
    await codeAnswers(4);
    const res = await t.request('/api/model-trainings', asToken(admin, 'POST', {}));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'too_few_codes',
      message: 'Only 4 answers are coded by officers: code at least 10 first.',
    });
    expect((await overview()).runs).toEqual([]);
    const unknown = await t.request(
      '/api/model-trainings',
      asToken(admin, 'POST', { codebook: 'nope' }),
    );
    expect(unknown.status).toBe(400);
  });

  it('trains in the background, measures agreement on held-out answers, and installs on request', {
    timeout: 60_000,
  }, async () => {
    await codeAnswers(24);
    const started = await t.request('/api/model-trainings', asToken(admin, 'POST', {}));
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    const again = await t.request('/api/model-trainings', asToken(admin, 'POST', {}));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe(
      'training_in_progress',
    );
    expect((await overview()).runs.map((r) => [r.id, r.status])).toEqual([[id, 'queued']]);

    expect(await t.trainingRunner.runOnce()).toBe(id);
    const ready = await overview();
    expect(ready.coded).toBe(24);
    const [run] = ready.runs;
    expect(run).toMatchObject({ id, status: 'ready', coded: 24, heldOut: expect.any(Number) });
    expect(run?.labels).toEqual(expect.arrayContaining(['transport', 'social_care']));
    expect(run?.agreement?.withModel.micro.f1).toBeGreaterThan(0.5);
    expect(run?.agreement?.rulesOnly.micro).toHaveProperty('kappa');
    expect(ready.activeModel).toBeNull();

    expect(
      (await t.request(`/api/model-trainings/${id}/install`, asToken(officer, 'POST'))).status,
    ).toBe(403);
    const installed = await t.request(`/api/model-trainings/${id}/install`, asToken(admin, 'POST'));
    expect(installed.status).toBe(200);
    const { modelId, queued } = (await installed.json()) as { modelId: string; queued: number };
    expect(queued).toBe(24);
    const after = await overview();
    expect(after.activeModel?.id).toBe(modelId);
    expect(after.runs[0]).toMatchObject({ status: 'installed', modelId });
    const jobs = await t.deps.db.selectFrom('tag_jobs').select('response_id').execute();
    expect(jobs).toHaveLength(24);
    expect(
      (await t.request(`/api/model-trainings/${id}/install`, asToken(admin, 'POST'))).status,
    ).toBe(409);

    // Every answer is tagged again with the new model; officers' own codes still stand.
    await t.tagWorker.drain();
    const models = await t.deps.db
      .selectFrom('answer_analysis')
      .select('model_id')
      .distinct()
      .execute();
    expect(models).toEqual([{ model_id: modelId }]);
    const actions = (await listAudit(t.deps.db)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['model.train', 'model.install']));
  });

  it('can be discarded, leaving the model in use as it was', { timeout: 60_000 }, async () => {
    await codeAnswers(12);
    const { id } = (await (
      await t.request('/api/model-trainings', asToken(admin, 'POST', {}))
    ).json()) as { id: string };
    await t.trainingRunner.runOnce();
    const res = await t.request(`/api/model-trainings/${id}/discard`, asToken(admin, 'POST'));
    expect(res.status).toBe(204);
    const after = await overview();
    expect(after.runs[0]).toMatchObject({
      status: 'discarded',
      decidedBy: expect.stringContaining('admin'),
    });
    expect(after.activeModel).toBeNull();
    expect(
      (await t.request(`/api/model-trainings/${id}/install`, asToken(admin, 'POST'))).status,
    ).toBe(409);
    // A new run may start once the last one is decided.
    expect((await t.request('/api/model-trainings', asToken(admin, 'POST', {}))).status).toBe(202);
  });

  it('says a run failed, without the answers in the log, and lets a new one start', async () => {
    await codeAnswers(12);
    const lines: string[] = [];
    const runner = createTrainingRunner(
      { db: t.deps.db, now: t.deps.now, logger: createLogger('info', (line) => lines.push(line)) },
      { train: async () => Promise.reject(new Error('out of memory')) },
    );
    await t.request('/api/model-trainings', asToken(admin, 'POST', {}));
    await runner.runOnce();
    const [run] = (await overview()).runs;
    expect(run).toMatchObject({
      status: 'failed',
      failure: expect.stringMatching(/^The training failed/),
    });
    expect(lines.join('\n')).toContain('model_training_failed');
    expect(lines.join('\n')).not.toMatch(/taxi|respite|social worker/i);
    expect((await t.request('/api/model-trainings', asToken(admin, 'POST', {}))).status).toBe(202);
  });

  it('is taken over by another instance when the one running it stops answering', async () => {
    await codeAnswers(12);
    await t.request('/api/model-trainings', asToken(admin, 'POST', {}));
    const now = new Date();
    const first = await claimTraining(t.deps.db, now, 60_000);
    expect(first?.status).toBe('running');
    expect(
      await claimTraining(t.deps.db, new Date(now.getTime() + 30_000), 60_000),
    ).toBeUndefined();
    const later = await claimTraining(t.deps.db, new Date(now.getTime() + 61_000), 60_000);
    expect(later).toMatchObject({ id: first?.id, attempts: 2 });
  });
});
