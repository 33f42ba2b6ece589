// A narrative is flagged out of date when any figure of its question moved since it was written,
// not only the number who answered: re-coding (same number, other themes), new answers, and a batch
// set aside each flag it. The digest itself is stored, never shown.
import { afterEach, describe, expect, it } from 'vitest';
import type { BurstsView } from '../../server/set-aside-contracts.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;
afterEach(async () => t.close());

async function start(options: Parameters<typeof createTestApp>[0]) {
  t = await createTestApp({ ...options, env: { NODE_ENV: 'test' } });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
}

async function submit(slug: string, answers: Record<string, unknown>) {
  const res = await t.request(`/api/surveys/${slug}/responses`, postJson({ answers }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const api = (path: string, method = 'GET', body?: unknown) =>
  t.request(path, asToken(token, method, body));

async function narrativeEdit(slug: string, question: string) {
  const report = (await (await api(`/api/surveys/${slug}/report`)).json()) as {
    questions: { name: string; narrativeEdit?: unknown }[];
  };
  return report.questions.find((q) => q.name === question)?.narrativeEdit;
}

async function save(slug: string, question: string) {
  const res = await api(`/api/surveys/${slug}/narratives/${question}`, 'PUT', { text: 'Mine.' });
  expect(res.status).toBe(200);
}

describe('a narrative written against figures that then moved', { timeout: 30_000 }, () => {
  it('is flagged after re-coding, though the same number answered', async () => {
    await start({ surveysDir: writeSurveysDir([surveyFile()]) });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push(
        await submit('tiny', { ...validTinyAnswers, working_well: `We waited a year (${i})` }),
      );
    }
    await t.tagWorker.drain();
    await save('tiny', 'working_well');
    expect(await narrativeEdit('tiny', 'working_well')).toEqual({
      answeredWhenWritten: 12,
      stale: false,
    });
    const [stored] = await t.deps.db
      .selectFrom('report_narratives')
      .select('figures_when_written')
      .execute();
    expect(stored?.figures_when_written).toMatch(/^[0-9a-f]{64}$/);

    const recoded = await api(`/api/surveys/tiny/answers/${ids[0]}/working_well/themes`, 'PUT', {
      themes: ['transport'],
    });
    expect(recoded.status).toBe(200);
    expect(await narrativeEdit('tiny', 'working_well')).toEqual({
      answeredWhenWritten: 12,
      stale: true,
    });
    // Another question's figures did not move.
    await save('tiny', 'who');
    await api(`/api/surveys/tiny/answers/${ids[1]}/working_well/themes`, 'PUT', {
      themes: ['transport'],
    });
    expect(await narrativeEdit('tiny', 'who')).toEqual({ answeredWhenWritten: 12, stale: false });
  });

  it('is flagged after new answers', async () => {
    await start({ surveysDir: writeSurveysDir([surveyFile()]) });
    for (let i = 0; i < 12; i++) await submit('tiny', validTinyAnswers);
    await save('tiny', 'rating');
    await submit('tiny', { ...validTinyAnswers, rating: 1 });
    expect(await narrativeEdit('tiny', 'rating')).toEqual({
      answeredWhenWritten: 12,
      stale: true,
    });
    await save('tiny', 'rating');
    expect(await narrativeEdit('tiny', 'rating')).toEqual({
      answeredWhenWritten: 13,
      stale: false,
    });
  });

  it('is flagged after a batch is set aside', async () => {
    await start({});
    const statements = ['know_who_to_contact', 'listened_to_by_council', 'needs_will_be_met'];
    const matrix = (column: string) => Object.fromEntries(statements.map((s) => [s, column]));
    for (let i = 0; i < 12; i++) {
      await submit('confidence-pulse', {
        respondent_role: 'parent',
        confidence: matrix(i % 2 ? 'agree' : 'disagree'),
      });
    }
    for (let i = 0; i < 8; i++) {
      await submit('confidence-pulse', {
        respondent_role: 'carer',
        confidence: matrix('strongly_agree'),
      });
    }
    await save('confidence-pulse', 'confidence');
    expect((await narrativeEdit('confidence-pulse', 'confidence')) as object).toMatchObject({
      stale: false,
    });
    const bursts = (await (await api('/api/surveys/confidence-pulse/bursts')).json()) as BurstsView;
    const cluster = bursts.clusters.find((c) => c.responses === 8);
    const set = await api('/api/surveys/confidence-pulse/set-asides', 'POST', {
      clusterId: cluster?.id,
      reason: 'Identical answers sent together',
    });
    expect(set.status).toBe(201);
    expect(await narrativeEdit('confidence-pulse', 'confidence')).toEqual({
      answeredWhenWritten: 20,
      stale: true,
    });
  });
});
