// The designer API on the shipped questionnaires: templates, editing a live survey, and the
// seed files never overwriting a survey managed in the app.
import { describe, expect, it } from 'vitest';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import type { SurveyDesign } from '../../server/designer-contracts.ts';
import { createLogger } from '../../server/logger.ts';
import { seedSurveys } from '../../server/seed-surveys.ts';
import { SHIPPED_SURVEYS_DIR } from '../support/test-app.ts';
import { freshDesignerWorld } from './designer-support.ts';

const w = freshDesignerWorld({ surveysDir: SHIPPED_SURVEYS_DIR });

const design = async (slug: string) =>
  (await (await w.call('GET', `/api/surveys/${slug}/design`)).json()) as SurveyDesign;

describe('templates', () => {
  it('lists blank and every shipped questionnaire', async () => {
    const res = await w.call('GET', '/api/designer/templates');
    const list = (await res.json()) as { slug: string; title: string }[];
    expect(list.map((t) => t.slug)).toEqual([
      'blank',
      'confidence-pulse',
      'send-parent-experience',
    ]);
    for (const t of list) expect(t.title.length).toBeGreaterThan(0);
  });

  it('start a new draft with the template’s questions and settings', async () => {
    const res = await w.call('POST', '/api/surveys', {
      slug: 'pulse-2027',
      title: 'Confidence pulse 2027',
      template: 'confidence-pulse',
      series: 'confidence',
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as SurveyDesign;
    const live = await design('confidence-pulse');
    expect(body.draft?.json).toEqual(live.draft?.json);
    expect(body.draft?.settings.themedQuestions).toEqual(['improve_confidence']);
    expect(body.survey).toMatchObject({ status: 'draft', series: 'confidence' });
    const checks = await (await w.call('GET', '/api/surveys/pulse-2027/checks')).json();
    // Same questions as the previous wave of the series: nothing breaks the trend.
    expect(checks).toMatchObject({ ready: true });
    expect(
      (checks as { issues: { code: string }[] }).issues.filter((i) => i.code.startsWith('series_')),
    ).toEqual([]);
  });
});

describe('a live survey', () => {
  it('shows a copy of its current version as the draft until someone edits it', async () => {
    const before = await design('send-parent-experience');
    expect(before.survey).toMatchObject({ status: 'open', currentVersion: 1, managedBy: 'file' });
    expect(before.draft?.revision).toBe(0);
    const version = (await (
      await w.call('GET', '/api/surveys/send-parent-experience/versions/1')
    ).json()) as { json: unknown; settings: unknown };
    expect(before.draft?.json).toEqual(version.json);
    expect(before.draft?.settings).toEqual(version.settings);
  });

  it('once edited in the app, is never overwritten by its seed file', async () => {
    const before = await design('confidence-pulse');
    const json = structuredClone(before.draft?.json ?? {}) as { title?: string };
    json.title = 'Edited in the app';
    const saved = await w.call('PUT', '/api/surveys/confidence-pulse/draft', {
      json,
      baseRevision: 0,
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as SurveyDesign).draft?.revision).toBe(1);
    const row = await findSurveyBySlug(w.t.deps.db, 'confidence-pulse');
    expect(row?.managed_by).toBe('app');
    // A changed file hash would normally reload the file; an app-managed survey ignores it.
    await w.t.deps.db
      .updateTable('surveys')
      .set({ file_hash: 'stale' })
      .where('slug', '=', 'confidence-pulse')
      .execute();
    await seedSurveys(w.t.deps.db, SHIPPED_SURVEYS_DIR, createLogger('silent'), new Date());
    const after = await design('confidence-pulse');
    expect(after.draft).toMatchObject({ revision: 1, json });
    const published = await w.call('POST', '/api/surveys/confidence-pulse/publish');
    expect(await published.json()).toMatchObject({ version: 2, newVersion: true });
    await seedSurveys(w.t.deps.db, SHIPPED_SURVEYS_DIR, createLogger('silent'), new Date());
    expect((await design('confidence-pulse')).survey.currentVersion).toBe(2);
  });
});
