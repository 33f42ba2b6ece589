// Definitions and bodies the designer API refuses, each problem listed, and nothing written.
import { describe, expect, it } from 'vitest';
import type { DesignIssue, SurveyDesign } from '../../server/designer-contracts.ts';
import { createSurvey, errorOf, freshDesignerWorld, threeQuestions } from './designer-support.ts';

const w = freshDesignerWorld();

const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements }] });

async function refused(json: unknown, extra = {}) {
  const res = await createSurvey(w, 'refused', json, extra);
  expect(res.status).toBe(400);
  const error = await errorOf(res);
  expect((await w.call('GET', '/api/surveys/refused/design')).status).toBe(404);
  return error as { code: string; message: string; details: DesignIssue[] };
}

describe('importing a definition', () => {
  it('refuses a definition that is not an object', async () => {
    for (const json of [[1, 2], 'survey', 42, null]) {
      const error = await refused(json);
      expect(error.code).toBe('invalid_definition');
      expect(error.details.map((d) => d.code)).toEqual(['not_an_object']);
    }
  });

  it('lists every problem: unknown and missing types, missing and duplicate names', async () => {
    const error = await refused(
      page(
        { type: 'sliderr', name: 'a', title: 'A' },
        { name: 'b', title: 'B' },
        { type: 'text', title: 'No name' },
        { type: 'text', name: 'dup', title: 'One' },
        { type: 'panel', name: 'box', elements: [{ type: 'comment', name: 'dup', title: 'Two' }] },
      ),
    );
    expect(error.code).toBe('invalid_definition');
    expect(error.details.map((d) => [d.code, d.question])).toEqual([
      ['unknown_type', 'a'],
      ['missing_type', 'b'],
      ['missing_name', undefined],
      ['duplicate_name', 'dup'],
    ]);
    for (const d of error.details) expect(d.severity).toBe('error');
    expect(error.message).toContain('4 problems');
  });

  it('accepts unknown properties and returns them as warnings', async () => {
    const json = page({ type: 'text', name: 'a', title: 'A', madeUp: 1 });
    const res = await createSurvey(w, 'warned', json, {});
    expect(res.status).toBe(201);
    const body = (await res.json()) as SurveyDesign;
    expect(body.draft?.json).toEqual(json);
    expect(body.warnings).toEqual([
      expect.objectContaining({ code: 'unknown_property', severity: 'warning', question: 'a' }),
    ]);
    expect(body.warnings[0]?.message).toContain('madeUp');
  });

  it('refuses file and signature questions, saying why', async () => {
    const error = await refused(
      page(
        { type: 'text', name: 'a', title: 'A' },
        { type: 'file', name: 'upload', title: 'Upload' },
        { type: 'signaturepad', name: 'sign', title: 'Sign' },
      ),
    );
    expect(error.code).toBe('invalid_definition');
    expect(error.message).toMatch(/identify/);
    expect(error.message).toContain('upload');
    expect(error.message).toContain('sign');
    expect(error.details.map((d) => d.code)).toEqual(['forbidden_question']);
  });

  it('refuses settings that name questions the definition does not have', async () => {
    const error = await refused(threeQuestions(), {
      settings: { themedQuestions: ['nope'], quoteConsentQuestion: 'also_nope' },
    });
    expect(error.details.map((d) => d.code)).toEqual([
      'unknown_setting_question',
      'unknown_setting_question',
    ]);
  });

  it('refuses a draft save with problems and keeps the previous draft', async () => {
    await createSurvey(w, 'kept', threeQuestions());
    const res = await w.call('PUT', '/api/surveys/kept/draft', { json: page({ type: 'text' }) });
    expect(res.status).toBe(400);
    const design = (await (await w.call('GET', '/api/surveys/kept/design')).json()) as SurveyDesign;
    expect(design.draft).toMatchObject({ revision: 1, json: threeQuestions() });
  });
});

describe('request bodies', () => {
  it('refuses malformed JSON, the wrong media type, unknown fields and a bad slug', async () => {
    const malformed = await w.t.request('/api/surveys', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.designerToken}` },
      body: '{"slug": ',
    });
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toBe('malformed_json');
    const text = await w.t.request('/api/surveys', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${w.designerToken}` },
      body: '{}',
    });
    expect(text.status).toBe(415);
    for (const body of [
      { slug: 'ok-slug', title: 'T', json: {}, extra: true },
      { slug: 'Bad Slug', title: 'T', json: {} },
      { slug: 'ok-slug', title: '', json: {} },
      { slug: 'ok-slug', title: 'T', json: {}, template: 'blank' },
      { slug: 'ok-slug', title: 'T', template: 'no-such-template' },
    ]) {
      const res = await w.call('POST', '/api/surveys', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await w.call('GET', '/api/surveys/ok-slug/design')).status).toBe(404);
  });

  it('refuses a bad publish body and an unknown version number', async () => {
    await createSurvey(w, 'bodies', threeQuestions());
    const res = await w.call('POST', '/api/surveys/bodies/publish', { opensAt: 'tomorrow' });
    expect(res.status).toBe(400);
    expect((await w.call('GET', '/api/surveys/bodies/versions/abc')).status).toBe(404);
    const design = (await (
      await w.call('GET', '/api/surveys/bodies/design')
    ).json()) as SurveyDesign;
    expect(design.survey.status).toBe('draft');
  });
});

describe('importing names and patterns that would harm the server', () => {
  it('refuses questions named __proto__, constructor or toString, naming each', async () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const error = await refused(page({ type: 'text', name, title: 'A' }));
      expect(error.code).toBe('invalid_definition');
      expect(error.details.map((d) => [d.code, d.question])).toEqual([['reserved_name', name]]);
      expect(error.details[0]?.message).toContain(name);
    }
  });

  it('refuses a regular expression that can backtrack, naming the question', async () => {
    const error = await refused(
      page(
        {
          type: 'text',
          name: 'postcode',
          validators: [{ type: 'regex', regex: '^[A-Z0-9 ]{5,8}$' }],
        },
        { type: 'text', name: 'code', validators: [{ type: 'regex', regex: '^(a+)+$' }] },
      ),
    );
    expect(error.details.map((d) => [d.code, d.question])).toEqual([['unsafe_pattern', 'code']]);
  });
});
