// A report reads its rows in pages; every response of the hour (they share one truncated time)
// must be read exactly once across page boundaries.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listReportRowPages } from '../../db/report-data-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
});
afterEach(async () => t.close());

it('reads every response once, in pages, even when they all share one hour', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) {
    const res = await t.request(
      '/api/surveys/tiny/responses',
      postJson({ answers: validTinyAnswers }),
    );
    expect(res.status).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  const survey = await findSurveyBySlug(t.deps.db, 'tiny');
  const pages: string[][] = [];
  for await (const page of listReportRowPages(t.deps.db, survey?.id ?? '', undefined, 3)) {
    pages.push(page.map((row) => row.response_id));
  }
  expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
  expect(pages.flat().sort()).toEqual([...ids].sort());
  expect(new Set(pages.flat()).size).toBe(7);
});
