// Officers see, per question, the answers no theme matched, grouped with a suggested label.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnmatchedGroups } from '../../server/unmatched-contracts.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let officer: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test' },
  });
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

// Composed for this test, in the spirit of comments on a draft vision and on governance.
const childFocus = [
  'The vision is not child-focused at all, it reads like it was written for the council.',
  'It is not child focused. Where are the children in this? Ask Mrs Okafor.',
  'Feels corporate and not child-focused, my son would not understand a word of it.',
];
const accountable = [
  'Somebody has to hold leaders to account for once.',
  'Who will hold the leaders to account if nothing changes again?',
  'Hold senior leaders to account and publish what they promised.',
];
const themed = 'The school transport taxi is always late and the journey takes hours.';

async function submit(text: string) {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: text } }),
  );
  expect(res.status).toBe(201);
}
const groupsPath = '/api/surveys/tiny/questions/working_well/unmatched-groups';
const get = (path: string, token = officer) => t.request(path, asToken(token));

describe('unmatched answers grouped', () => {
  it('groups what no theme matched, largest first, with labels and redacted examples', async () => {
    for (const text of [...childFocus, ...accountable, themed, 'Ok']) await submit(text);
    await t.tagWorker.drain();
    const res = await get(groupsPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as UnmatchedGroups;
    expect(body).toMatchObject({
      question: 'working_well',
      questionTitle: 'What is working well?',
      codebookKey: expect.any(String),
      unmatched: 6,
      considered: 6,
      ungrouped: 0,
    });
    expect(body.groups.map((g) => [g.label, g.count])).toEqual([
      ['child focused', 3],
      ['leaders to account', 3],
    ]);
    expect(body.groups[0]?.keywords[0]).toBe('child focused');
    const shown = body.groups.flatMap((g) => g.examples.map((e) => e.text)).join(' ');
    expect(shown).not.toContain('transport');
    expect(shown).not.toContain('Okafor');
  }, 60_000);

  it('leaves out answers an officer gave a theme to', async () => {
    for (const text of childFocus) await submit(text);
    await t.tagWorker.drain();
    const first = (await (await get(groupsPath)).json()) as UnmatchedGroups;
    const id = first.groups[0]?.examples[0]?.responseId ?? '';
    const coded = await t.request(
      `/api/surveys/tiny/answers/${id}/working_well/themes`,
      asToken(officer, 'PUT', { themes: ['coproduction'] }),
    );
    expect(coded.status).toBe(200);
    const after = (await (await get(groupsPath)).json()) as UnmatchedGroups;
    expect(after.unmatched).toBe(2);
    expect(after.groups[0]?.count).toBe(2);
  }, 60_000);

  it('is for officers only, and knows its questions', async () => {
    const designer = await tokenFor(t, (await addUser(t, 'designer')).id);
    const admin = await tokenFor(t, (await addUser(t, 'admin')).id);
    expect((await t.request(groupsPath)).status).toBe(401);
    expect((await get(groupsPath, designer)).status).toBe(403);
    expect((await get(groupsPath, admin)).status).toBe(200);
    const unknown = await get('/api/surveys/tiny/questions/nope/unmatched-groups');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'question_not_found' } });
    const long = await get(`/api/surveys/tiny/questions/${'q'.repeat(300)}/unmatched-groups`);
    expect(long.status).toBe(404);
    expect((await get('/api/surveys/none/questions/working_well/unmatched-groups')).status).toBe(
      404,
    );
  });
});
