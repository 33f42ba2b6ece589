// Every hostile string, given as an answer, is either refused with a clear 4xx or stored exactly.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listResponses } from '../../db/responses-repository.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { requireShared } from '../support/shared-fixtures.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

const blnsPath = requireShared('fixtures/hostile/blns.json');
const payloadsPath = requireShared('fixtures/hostile/hostile_payloads_50.json');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile()]) });
});
afterAll(async () => t?.close());

describe.skipIf(!blnsPath || !payloadsPath)('hostile strings as answers', () => {
  const strings = (): string[] => {
    if (!blnsPath || !payloadsPath || !existsSync(blnsPath)) return [];
    const blns = JSON.parse(readFileSync(blnsPath, 'utf8')) as string[];
    const labelled = JSON.parse(readFileSync(payloadsPath, 'utf8')) as { payload: string }[];
    return [...blns, ...labelled.map((p) => p.payload)];
  };

  it('are stored exactly as sent in free text, or refused clearly, never a 5xx', async () => {
    const sent = new Map<string, string>();
    for (const text of strings()) {
      const res = await t.request(
        '/api/surveys/tiny/responses',
        postJson({ answers: { ...validTinyAnswers, working_well: text } }),
      );
      expect(res.status, `status for ${JSON.stringify(text)}`).toBeLessThan(500);
      if (res.status === 201) sent.set(((await res.json()) as { id: string }).id, text);
      else expect(((await res.json()) as { error: { code: string } }).error.code).toBeTruthy();
    }
    const stored = await listResponses(t.deps.db, 'tiny');
    expect(stored.length).toBe(sent.size);
    for (const response of stored) {
      const expected = sent.get(response.id) ?? '';
      // SurveyJS treats an all-blank answer as no answer.
      if (expected.trim() === '') continue;
      expect(response.answers.working_well).toBe(expected);
    }
  });

  it('are refused as question names or choice values, never a 5xx', async () => {
    for (const text of strings().slice(0, 200)) {
      const asKey = await t.request(
        '/api/surveys/tiny/responses',
        postJson({ answers: { ...validTinyAnswers, [text]: 'x' } }),
      );
      expect(asKey.status, `key ${JSON.stringify(text)}`).toBe(400);
      const asChoice = await t.request(
        '/api/surveys/tiny/responses',
        postJson({ answers: { ...validTinyAnswers, who: text } }),
      );
      expect(asChoice.status, `choice ${JSON.stringify(text)}`).toBe(400);
    }
  });
});
