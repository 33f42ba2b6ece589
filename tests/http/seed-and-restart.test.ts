import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK_PATH } from '../../analysis/default-codebook.ts';
import { countResponses } from '../../db/responses-repository.ts';
import { taggingStatus } from '../../db/tagging-repository.ts';
import { boot } from '../../server/boot.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { seedDefaultCodebook } from '../../server/seed-codebooks.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { postJson, writeSurveysDir } from '../support/test-app.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function setup(surveysDir: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-seed-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ DATA_DIR: dataDir, SURVEYS_DIR: surveysDir, LOG_LEVEL: 'silent' });
  return async () => {
    const booted = await boot(config);
    cleanups.push(() => booted.close());
    return booted;
  };
}

const version = async (app: { request: (p: string) => Response | Promise<Response> }) =>
  ((await (await app.request('/api/surveys/tiny')).json()) as { version: number }).version;

describe('seeding questionnaires from files', () => {
  it('keeps every response across a restart', async () => {
    const start = setup(writeSurveysDir([surveyFile()]));
    const first = await start();
    await first.app.request('/api/surveys/tiny/responses', postJson({ answers: validTinyAnswers }));
    await first.close();
    const second = await start();
    expect(await countResponses(second.deps.db, 'tiny')).toBe(1);
    expect(await version(second.app)).toBe(1);
  });

  it('adds a new version when a file-managed survey changes, keeping old answers valid', async () => {
    const dir = writeSurveysDir([surveyFile()]);
    const start = setup(dir);
    const first = await start();
    await first.close();
    writeFileSync(join(dir, 'tiny.json'), JSON.stringify(surveyFile({ title: 'Tiny, reworded' })));
    const second = await start();
    const survey = (await (await second.app.request('/api/surveys/tiny')).json()) as {
      title: string;
      version: number;
    };
    expect(survey).toMatchObject({ title: 'Tiny, reworded', version: 1 });
    const changedJson = {
      ...surveyFile(),
      json: { elements: [{ type: 'comment', name: 'working_well' }] },
    };
    await second.close();
    writeFileSync(join(dir, 'tiny.json'), JSON.stringify(changedJson));
    const third = await start();
    expect(await version(third.app)).toBe(2);
    const old = await third.app.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: validTinyAnswers, version: 1 }),
    );
    expect(old.status).toBe(201);
  });

  it('never overwrites a survey the team manages in the app', async () => {
    const dir = writeSurveysDir([surveyFile()]);
    const start = setup(dir);
    const first = await start();
    await first.deps.db.updateTable('surveys').set({ managed_by: 'app' }).execute();
    await first.close();
    writeFileSync(join(dir, 'tiny.json'), JSON.stringify(surveyFile({ title: 'From the file' })));
    const second = await start();
    const body = (await (await second.app.request('/api/surveys/tiny')).json()) as {
      title: string;
    };
    expect(body.title).toBe('Tiny survey');
  });

  it.each([
    ['not JSON', '{ "slug": ', /is not valid JSON/],
    ['a bad slug', JSON.stringify(surveyFile({ slug: 'Bad Slug' })), /slug/],
    ['an unknown property', JSON.stringify(surveyFile({ colour: 'red' })), /colour/],
    ['a missing title', JSON.stringify(surveyFile({ title: undefined })), /title/],
    [
      'a themed question that does not exist',
      JSON.stringify(surveyFile({ themedQuestions: ['nope'] })),
      /themedQuestions names "nope"/,
    ],
  ])('stops start-up on a file with %s, naming the file', async (_name, text, problem) => {
    const dir = writeSurveysDir([]);
    writeFileSync(join(dir, 'broken.json'), text);
    const start = setup(dir);
    const failure = start();
    await expect(failure).rejects.toThrow(/broken\.json/);
    await expect(failure).rejects.toThrow(problem);
  });
});

describe('restarting on the same codebook', () => {
  function manualBoot(surveysDir: string) {
    const dataDir = mkdtempSync(join(tmpdir(), 'send-voice-seed-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const config = loadConfig({ DATA_DIR: dataDir, SURVEYS_DIR: surveysDir, LOG_LEVEL: 'silent' });
    return async () => {
      const booted = await boot(config, { tagging: 'manual' });
      cleanups.push(() => booted.close());
      return booted;
    };
  }

  it('queues nothing for tagging on a second boot, and re-queues when the codebook changes', async () => {
    const start = manualBoot(writeSurveysDir([surveyFile()]));
    const first = await start();
    const answers = { ...validTinyAnswers, working_well: 'We waited two years for a plan' };
    await first.app.request('/api/surveys/tiny/responses', postJson({ answers }));
    expect(await first.tagWorker.drain()).toBe(1);
    await first.close();

    const second = await start();
    expect((await taggingStatus(second.deps.db)).backlog).toBe(0);
    expect(await second.tagWorker.drain()).toBe(0);

    const changed = JSON.parse(readFileSync(DEFAULT_CODEBOOK_PATH, 'utf8')) as {
      themes: { strong: string[] }[];
    };
    changed.themes[0]?.strong.push('a brand new term');
    const changedPath = join(mkdtempSync(join(tmpdir(), 'send-voice-codebook-')), 'codebook.json');
    writeFileSync(changedPath, JSON.stringify(changed));
    await seedDefaultCodebook(second.deps.db, createLogger('silent'), new Date(), changedPath);
    expect((await taggingStatus(second.deps.db)).backlog).toBe(1);
  });
});
