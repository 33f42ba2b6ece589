// A database last migrated before report_summaries (migration 005), holding tagged answers and an
// officer's codes, reports the same themes after the upgrade: at once (read from the tag rows),
// and after the tag worker has filled the summaries in.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import * as initial from '../../db/migrations/2026-11-24-001-initial.ts';
import * as tagging from '../../db/migrations/2026-11-24-002-tagging.ts';
import * as accounts from '../../db/migrations/2026-11-24-003-accounts.ts';
import * as review from '../../db/migrations/2026-11-24-004-review.ts';
import * as paperAndNarratives from '../../db/migrations/2026-11-24-005-paper-and-narratives.ts';
import { boot } from '../../server/boot.ts';
import { loadConfig } from '../../server/config.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { writeSurveysDir } from '../support/test-app.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const BEFORE_SUMMARIES = {
  '2026-11-24-001-initial': initial,
  '2026-11-24-002-tagging': tagging,
  '2026-11-24-003-accounts': accounts,
  '2026-11-24-004-review': review,
  '2026-11-24-005-paper-and-narratives': paperAndNarratives,
};

/** 20 answers tagged "delays" by the tagger; an officer replaced that with "ehcp" on 8. */
async function oldDatabase(file: string) {
  const db = openSqlite(file);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => BEFORE_SUMMARIES } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  const at = '2026-11-01T10:00:00.000Z';
  await db
    .insertInto('surveys')
    .values({
      id: 's1',
      slug: 'old',
      title: 'Old survey',
      status: 'open',
      opens_at: null,
      closes_at: null,
      series: null,
      current_version_id: 'v1',
      managed_by: 'app',
      file_hash: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('survey_versions')
    .values({
      id: 'v1',
      survey_id: 's1',
      version: 1,
      definition: JSON.stringify(tinySurveyJson),
      settings: JSON.stringify({ themedQuestions: ['working_well'] }),
      content_hash: 'old',
      created_at: at,
    })
    .execute();
  for (let i = 0; i < 20; i++) {
    const id = randomUUID();
    const answers = { ...validTinyAnswers, working_well: `We waited for the plan (${i})` };
    await db
      .insertInto('responses')
      .values({
        id,
        survey_id: 's1',
        version_id: 'v1',
        answers: JSON.stringify(answers),
        submitted_at: at,
      })
      .execute();
    await db
      .insertInto('answer_analysis')
      .values({
        response_id: id,
        question: 'working_well',
        substantive: 1,
        sentiment_score: 0,
        sentiment_label: 'neutral',
        safeguarding: 0,
        safeguarding_evidence: '[]',
        redacted: answers.working_well,
        codebook_key: 'send-default',
        codebook_version: 1,
        model_id: null,
        tagged_at: at,
      })
      .execute();
    const theme = (theme_id: string, source: string, present: number) => ({
      response_id: id,
      question: 'working_well',
      theme_id,
      source,
      present,
      score: null,
      evidence: '[]',
      codebook_version: 1,
      model_id: null,
      created_at: at,
    });
    const rows = [theme('delays', 'auto', 1)];
    if (i < 8) rows.push(theme('delays', 'human', 0), theme('ehcp', 'human', 1));
    await db.insertInto('answer_themes').values(rows).execute();
  }
  await db.destroy();
}

describe('migration 006 on an existing database', () => {
  it('reports the same themes before and after the summaries are filled in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-voice-summaries-'));
    dirs.push(dir);
    await oldDatabase(join(dir, 'send-voice.sqlite'));

    const config = loadConfig({
      DATA_DIR: dir,
      SURVEYS_DIR: writeSurveysDir([]),
      CLIENT_DIR: resolve('client/dist'),
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      // Twenty answers: show counts down to 5 people (the lowest k allowed), so all are visible.
      SUPPRESSION_K: '5',
    });
    const booted = await boot(config, { tagging: 'manual' });
    const t = {
      ...booted,
      config,
      dataDir: dir,
      request: (path: string, init?: RequestInit) => booted.app.request(path, init),
      close: () => booted.close(),
    };
    try {
      const token = await tokenFor(t, (await addUser(t, 'officer')).id);
      const report = async () => {
        const res = await t.request('/api/surveys/old/report', asToken(token));
        expect(res.status).toBe(200);
        const body = (await res.json()) as {
          questions: { name: string; themes?: { id: string; count?: number }[] }[];
        };
        const themes = body.questions.find((q) => q.name === 'working_well')?.themes ?? [];
        return Object.fromEntries(themes.map((th) => [th.id, th.count ?? 0]));
      };
      const summaries = async () =>
        (await t.deps.db.selectFrom('report_summaries').select('response_id').execute()).length;

      // This hand-made database had no codebook, so start-up seeded one and queued re-tagging;
      // a real database already holds its codebook. Keep the tags as stored.
      await t.deps.db.deleteFrom('tag_jobs').execute();
      expect(await summaries()).toBe(0);
      const before = await report();
      expect(before).toMatchObject({ delays: 12, ehcp: 8 });

      // 20 summaries, then the same responses' answer codes.
      expect(await t.tagWorker.drain()).toBe(40);
      expect(await summaries()).toBe(20);
      expect(await report()).toEqual(before);
    } finally {
      await t.close();
    }
  });
});
