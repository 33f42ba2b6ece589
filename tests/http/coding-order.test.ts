// "Check the coding" puts first the answers worth an officer's time: not yet checked, then where the
// trained model and the keyword rules disagree, then close calls; and says how many are checked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
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

async function submit(text: string) {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: text } }),
  );
  return ((await res.json()) as { id: string }).id;
}
const api = (path: string, method = 'GET', body?: unknown) =>
  t.request(`/api/surveys/tiny${path}`, asToken(token, method, body));

interface Listed {
  responseId: string;
  check?: { checked: boolean; disputed: string[]; closeCall: boolean };
}
const queue = async () =>
  (await (await api('/answers?question=working_well&order=check')).json()) as Listed[];
const progress = async () => (await api('/answers/progress?question=working_well')).json();

describe('check the coding, in the order worth checking', () => {
  it('lists disagreements, then close calls, then the rest, and counts what is checked', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      ids.push(await submit(`The school transport taxi was late again, week ${i}.`));
    }
    await t.tagWorker.drain();
    const [first, second, third, fourth, fifth] = ids as [string, string, string, string, string];
    // As a trained model would leave them: it withheld a theme the rules gave the fourth answer,
    // and gave the third a theme with a score just over the line.
    await t.deps.db
      .updateTable('answer_analysis')
      .set({ disputed_themes: '["transport"]' })
      .where('response_id', '=', fourth)
      .execute();
    await t.deps.db
      .updateTable('answer_themes')
      .set({ score: 0.55 })
      .where('response_id', '=', third)
      .execute();

    // The rest share the hour they came in (all that is stored of when), then go by id.
    const rest = [first, second, fifth].sort();
    const before = await queue();
    expect(before.map((a) => a.responseId)).toEqual([fourth, third, ...rest]);
    expect(before[0]?.check).toEqual({ checked: false, disputed: ['transport'], closeCall: false });
    expect(before[1]?.check).toEqual({ checked: false, disputed: [], closeCall: true });
    expect(await progress()).toEqual({ total: 5, checked: 0, toCheckFirst: 2 });

    const saved = await api(`/answers/${fourth}/working_well/themes`, 'PUT', {
      themes: ['transport'],
    });
    expect(saved.status).toBe(200);
    const after = await queue();
    expect(after.map((a) => a.responseId)).toEqual([third, ...rest, fourth]);
    expect(after.at(-1)?.check?.checked).toBe(true);
    expect(await progress()).toEqual({ total: 5, checked: 1, toCheckFirst: 1 });
    // Pages follow the same order.
    const page = (await (
      await api('/answers?question=working_well&order=check&limit=2&offset=2')
    ).json()) as Listed[];
    expect(page.map((a) => a.responseId)).toEqual(rest.slice(1));
  }, 60_000);

  it('refuses an order it cannot keep and a progress without a question', async () => {
    expect((await api('/answers?order=check')).status).toBe(400);
    expect((await api('/answers?question=working_well&theme=transport&order=check')).status).toBe(
      400,
    );
    expect((await api('/answers?question=working_well&order=random')).status).toBe(400);
    expect((await api('/answers/progress')).status).toBe(400);
    expect(
      (await t.request('/api/surveys/tiny/answers/progress?question=working_well')).status,
    ).toBe(401);
    // The theme drill-down keeps the order answers came in and its shape.
    const plain = (await (await api('/answers?question=working_well')).json()) as Listed[];
    expect(plain).toEqual([]);
  }, 60_000);
});
