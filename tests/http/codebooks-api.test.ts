// Codebooks through the API: officers read, designers change, a change is previewed on the
// answers already given and then re-tags them.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from '../../analysis/default-codebook.ts';
import type { CodebookPreview } from '../../server/designer-contracts.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let designer: string;
let officer: string;

beforeEach(async () => {
  t = await createTestApp({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { NODE_ENV: 'test' },
  });
  designer = await tokenFor(t, (await addUser(t, 'designer')).id);
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const base = () => loadDefaultCodebook();
const withRespite = () => {
  const codebook = base();
  return {
    ...codebook,
    themes: [
      ...codebook.themes,
      { id: 'respite', label: 'Respite and short breaks', strong: ['respite', 'short break*'] },
    ],
  };
};
const withoutTransport = () => {
  const codebook = base();
  return { ...codebook, themes: codebook.themes.filter((th) => th.id !== 'transport') };
};

async function answer(workingWell: string) {
  const res = await t.request(
    '/api/surveys/tiny/responses',
    postJson({ answers: { ...validTinyAnswers, working_well: workingWell } }),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const themesOf = async (id: string) =>
  (
    await t.deps.db
      .selectFrom('answer_themes')
      .select('theme_id')
      .where('response_id', '=', id)
      .execute()
  ).map((r) => r.theme_id);

const versions = async () =>
  (await t.deps.db.selectFrom('codebooks').select('version').execute()).length;

describe('reading codebooks', () => {
  it('lists each codebook with its latest version and number of themes', async () => {
    const res = await t.request('/api/codebooks', asToken(officer));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([
      expect.objectContaining({
        key: 'send-default',
        version: 1,
        themes: base().themes.length,
        managedBy: 'file',
      }),
    ]);
  });

  it('returns one codebook with its version, and 404 for an unknown key', async () => {
    const res = await t.request('/api/codebooks/send-default', asToken(officer));
    const body = (await res.json()) as { version: number; document: { themes: unknown[] } };
    expect(body.version).toBe(1);
    expect(body.document.themes).toHaveLength(base().themes.length);
    const missing = await t.request('/api/codebooks/nope', asToken(officer));
    expect(missing.status).toBe(404);
  });

  it('is for signed-in staff only', async () => {
    expect((await t.request('/api/codebooks')).status).toBe(401);
  });
});

describe('changing a codebook', () => {
  it('stores a new app-managed version, audits it and re-tags the answers', async () => {
    const id = await answer('We finally got some respite this summer');
    await t.tagWorker.drain();
    expect(await themesOf(id)).not.toContain('respite');

    const res = await t.request(
      '/api/codebooks/send-default',
      asToken(designer, 'PUT', { document: withRespite(), baseVersion: 1 }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: number; managedBy: string; retagged: number };
    expect(body).toMatchObject({ version: 2, managedBy: 'app', retagged: 1 });
    await t.tagWorker.drain();
    expect(await themesOf(id)).toContain('respite');

    const list = (await (await t.request('/api/codebooks', asToken(officer))).json()) as unknown[];
    expect(list).toEqual([
      expect.objectContaining({ version: 2, themes: base().themes.length + 1, managedBy: 'app' }),
    ]);
    const audit = await t.deps.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'codebook.save', target: 'send-default' }),
    );
  });

  it('refuses officers, invalid documents, a changed id and a stale base version', async () => {
    const put = (token: string, body: unknown) =>
      t.request('/api/codebooks/send-default', asToken(token, 'PUT', body));
    expect((await put(officer, { document: withRespite() })).status).toBe(403);

    const duplicate = { ...base(), themes: [...base().themes, base().themes[0]] };
    const invalid = await put(designer, { document: duplicate });
    expect(invalid.status).toBe(400);
    const error = ((await invalid.json()) as { error: { code: string; details: unknown[] } }).error;
    expect(error.code).toBe('invalid_codebook');
    expect(JSON.stringify(error.details)).toContain('duplicate theme id');

    expect((await put(designer, { document: { ...base(), id: 'other' } })).status).toBe(400);
    expect((await put(designer, { document: 'not a codebook' })).status).toBe(400);
    expect((await put(designer, { document: withRespite(), extra: 1 })).status).toBe(400);
    expect(await versions()).toBe(1);

    expect((await put(designer, { document: withRespite(), baseVersion: 1 })).status).toBe(200);
    const stale = await put(designer, { document: withoutTransport(), baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe(
      'codebook_changed',
    );
    expect(await versions()).toBe(2);
    expect(
      (await t.request('/api/codebooks/nope', asToken(designer, 'PUT', { document: base() })))
        .status,
    ).toBe(404);
  });
});

describe('previewing a change', () => {
  it('counts per theme the answers that would gain or lose it, with redacted examples', async () => {
    await answer('Emma finally got respite care this summer');
    await answer('The school taxi is always late');
    await answer('Nothing to add');
    const before = await versions();
    const res = await t.request(
      '/api/codebooks/send-default/preview',
      asToken(designer, 'POST', {
        document: {
          ...withoutTransport(),
          themes: withRespite().themes.filter((th) => th.id !== 'transport'),
        },
      }),
    );
    expect(res.status).toBe(200);
    const preview = (await res.json()) as CodebookPreview;
    expect(preview.answersChecked).toBe(3);
    expect(preview.capped).toBe(false);
    const respite = preview.themes.find((th) => th.id === 'respite');
    expect(respite).toMatchObject({ added: 1, removed: 0 });
    expect(respite?.examples[0]?.change).toBe('added');
    expect(respite?.examples[0]?.text).toContain('respite');
    expect(respite?.examples[0]?.text).not.toContain('Emma');
    expect(preview.themes.find((th) => th.id === 'transport')).toMatchObject({
      added: 0,
      removed: 1,
    });
    expect(preview.themes.find((th) => th.id === 'delays')).toMatchObject({ added: 0, removed: 0 });
    // Nothing written, nothing queued.
    expect(await versions()).toBe(before);
    expect(
      await t.deps.db
        .selectFrom('retag_runs')
        .select('id')
        .where('reason', 'like', '%v2%')
        .execute(),
    ).toEqual([]);
  });

  it('can be limited to one survey and refuses officers, bad documents and unknown surveys', async () => {
    await answer('Respite would help');
    const preview = (body: unknown, token = designer) =>
      t.request('/api/codebooks/send-default/preview', asToken(token, 'POST', body));
    const one = (await (
      await preview({ document: withRespite(), survey: 'tiny' })
    ).json()) as CodebookPreview;
    expect(one.answersChecked).toBe(1);
    expect((await preview({ document: withRespite(), survey: 'nope' })).status).toBe(404);
    expect((await preview({ document: withRespite() }, officer)).status).toBe(403);
    expect((await preview({ document: { themes: [] } })).status).toBe(400);
  });

  it('checks only the most recent answers and says so', async () => {
    const survey = await t.deps.db.selectFrom('surveys').selectAll().executeTakeFirstOrThrow();
    const rows = Array.from({ length: 5001 }, (_, i) => ({
      id: randomUUID(),
      survey_id: survey.id,
      version_id: survey.current_version_id ?? '',
      answers: JSON.stringify({ ...validTinyAnswers, working_well: `Respite ${i % 7}` }),
      submitted_at: new Date(Date.UTC(2026, 0, 1, i % 24)).toISOString(),
    }));
    await t.deps.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 500) {
        await trx
          .insertInto('responses')
          .values(rows.slice(i, i + 500))
          .execute();
      }
    });
    const res = await t.request(
      '/api/codebooks/send-default/preview',
      asToken(designer, 'POST', { document: withRespite() }),
    );
    const preview = (await res.json()) as CodebookPreview;
    expect(preview).toMatchObject({ answersChecked: 5000, capped: true, limit: 5000 });
    expect(preview.themes.find((th) => th.id === 'respite')?.added).toBe(5000);
  }, 60_000);
});
