// Officers' narratives: saved only for questions the report has, with the number who had answered
// then, so the report flags a text written before the figures moved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { seedSurveys } from '../../server/seed-surveys.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test' },
  });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

async function submit(count: number) {
  for (let i = 0; i < count; i++) {
    const res = await t.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(res.status).toBe(201);
  }
}

const save = (question: string, text: string) =>
  t.request(`/api/surveys/tiny/narratives/${question}`, asToken(token, 'PUT', { text }));

async function whoQuestion(query = '') {
  const res = await t.request(`/api/surveys/tiny/report${query}`, asToken(token));
  const body = (await res.json()) as {
    questions: { name: string; narrative: string; narrativeEdit?: unknown }[];
  };
  return body.questions.find((q) => q.name === 'who');
}

describe('an officer’s narrative', () => {
  it('is flagged once the number who answered has changed since it was written', async () => {
    await submit(12);
    expect((await save('who', 'All twelve were parents.')).status).toBe(200);
    expect(await whoQuestion()).toMatchObject({
      narrative: 'All twelve were parents.',
      narrativeEdit: { answeredWhenWritten: 12, stale: false },
    });

    await submit(3);
    expect((await whoQuestion())?.narrativeEdit).toEqual({ answeredWhenWritten: 12, stale: true });
    // A report of one version compares with the whole survey too.
    expect((await whoQuestion('?version=1'))?.narrativeEdit).toEqual({
      answeredWhenWritten: 12,
      stale: true,
    });

    // Saving again records the new number.
    await save('who', 'All fifteen were parents.');
    expect((await whoQuestion())?.narrativeEdit).toEqual({ answeredWhenWritten: 15, stale: false });
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'target']).execute();
    expect(audit).toContainEqual({ action: 'narrative.save', target: 'tiny/who' });
  });

  it('is checked against the whole survey in a report of one of several versions', async () => {
    await submit(12);
    await save('who', 'All twelve were parents.');
    // A second version (the survey file changed), which the next three responses answer.
    const changed = surveyFile({ json: { ...tinySurveyJson, description: 'Second wave' } });
    await seedSurveys(t.deps.db, writeSurveysDir([changed]), createLogger('silent'), new Date());
    await submit(3);
    // Version 1 alone still has twelve answers; the whole survey has fifteen.
    for (const query of ['?version=1', '?version=2', '']) {
      expect((await whoQuestion(query))?.narrativeEdit, query).toEqual({
        answeredWhenWritten: 12,
        stale: true,
      });
    }
  });

  it('does not give a small number who had answered when it was written', async () => {
    await submit(3);
    await save('who', 'Too early to say.');
    await submit(9);
    expect((await whoQuestion())?.narrativeEdit).toEqual({
      answeredWhenWritten: { suppressed: true },
      stale: true,
    });
  });

  it('is removed with DELETE, and the drafted text is back', async () => {
    await submit(12);
    const drafted = (await whoQuestion())?.narrative;
    await save('who', 'Mine.');
    const res = await t.request('/api/surveys/tiny/narratives/who', asToken(token, 'DELETE'));
    expect(res.status).toBe(204);
    expect(await whoQuestion()).toMatchObject({ narrative: drafted });
    expect(await whoQuestion()).not.toHaveProperty('narrativeEdit');
  });

  it('is 404 for a question the survey does not have, and nothing is stored', async () => {
    for (const [method, body] of [
      ['PUT', { text: 'Words.' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.request(
        '/api/surveys/tiny/narratives/no_such_question',
        asToken(token, method, body),
      );
      expect(res.status, method).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'question_not_found',
      );
    }
    const unknownSurvey = await t.request(
      '/api/surveys/nope/narratives/who',
      asToken(token, 'DELETE'),
    );
    expect(unknownSurvey.status).toBe(404);
    expect(await t.deps.db.selectFrom('report_narratives').selectAll().execute()).toEqual([]);
  });

  it('refuses an empty text with 400 and stores nothing', async () => {
    const res = await save('who', '   ');
    expect(res.status).toBe(400);
    expect(await t.deps.db.selectFrom('report_narratives').selectAll().execute()).toEqual([]);
  });
});
