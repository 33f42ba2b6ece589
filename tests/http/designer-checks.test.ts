// The checks before publishing, and publishing refused while an error remains.
import { describe, expect, it } from 'vitest';
import type { PublishChecks } from '../../server/designer-contracts.ts';
import { SHIPPED_PAGE_WORDING } from '../../server/survey-design/placeholder-checks.ts';
import { createSurvey, errorOf, freshDesignerWorld, threeQuestions } from './designer-support.ts';

const w = freshDesignerWorld();

const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements }] });
const checksOf = async (slug: string) => {
  const res = await w.call('GET', `/api/surveys/${slug}/checks`);
  expect(res.status).toBe(200);
  return (await res.json()) as PublishChecks;
};
const codes = (checks: PublishChecks, severity: 'error' | 'warning') =>
  checks.issues.filter((i) => i.severity === severity).map((i) => [i.code, i.question ?? null]);

describe('checks before publishing', () => {
  it('pass a clean survey and report its reading age', async () => {
    const help = [{ name: 'Samaritans', description: 'Call any time.', phone: '116 123' }];
    await createSurvey(
      w,
      'clean',
      { ...SHIPPED_PAGE_WORDING, ...threeQuestions() },
      {
        settings: { themedQuestions: ['plan_view'], texts: { help } },
      },
    );
    const checks = await checksOf('clean');
    expect(checks).toMatchObject({
      ready: true,
      approvalsNeeded: [],
      issues: [],
      readingAgeLimit: 12,
      easyRead: null,
    });
    expect(checks.readingAge).toBeGreaterThanOrEqual(5);
    expect(checks.readingAge).toBeLessThan(13);
  });

  it('list missing titles, empty choices and conditions on questions that do not exist', async () => {
    await createSurvey(
      w,
      'broken',
      page(
        { type: 'text', name: 'untitled' },
        { type: 'radiogroup', name: 'nochoices', title: 'Pick one', choices: [] },
        { type: 'comment', name: 'follow', title: 'Why?', visibleIf: "{gone} = 'yes'" },
        { type: 'text', name: 'needed', title: 'Needed?', requiredIf: '{follow} notempty' },
      ),
    );
    const checks = await checksOf('broken');
    expect(checks.ready).toBe(false);
    expect(codes(checks, 'error')).toEqual([
      ['missing_title', 'untitled'],
      ['empty_choices', 'nochoices'],
      ['unknown_condition_question', 'follow'],
    ]);
    const res = await w.call('POST', '/api/surveys/broken/publish');
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe('not_ready');
    expect(error.details).toHaveLength(3);
    expect((await w.t.request('/api/surveys/broken')).status).toBe(404);
  });

  it('need themed questions to be free text with a codebook that exists', async () => {
    await createSurvey(w, 'themed', threeQuestions(), {
      settings: { themedQuestions: ['plan_view', 'has_plan'], codebook: 'no-such-codebook' },
    });
    const checks = await checksOf('themed');
    expect(codes(checks, 'error')).toEqual([
      ['themed_not_free_text', 'has_plan'],
      ['unknown_codebook', null],
    ]);
    await w.call('PUT', '/api/surveys/themed/draft', {
      json: threeQuestions(),
      settings: { themedQuestions: ['plan_view'], codebook: 'send-default' },
    });
    expect((await checksOf('themed')).ready).toBe(true);
  });

  it('give plain-English hints: long sentences, unexplained acronyms and jargon', async () => {
    await createSurvey(
      w,
      'wordy',
      page(
        {
          type: 'comment',
          name: 'long',
          title:
            'Thinking about all of the different kinds of help and support that your child has received over the last year from every service, how would you describe it overall today?',
        },
        { type: 'boolean', name: 'plan', title: 'Does your child have an EHCP?' },
        { type: 'boolean', name: 'camhs', title: 'Have you used CAMHS?' },
        { type: 'comment', name: 'prov', title: 'Tell us about the provision.' },
      ),
    );
    const checks = await checksOf('wordy');
    expect(checks.ready).toBe(true);
    expect(codes(checks, 'warning')).toEqual(
      expect.arrayContaining([
        ['long_sentence', 'long'],
        ['unexplained_acronym', 'plan'],
        ['unexplained_acronym', 'camhs'],
        ['jargon', 'prov'],
      ]),
    );
    const ehcp = checks.issues.find((i) => i.question === 'plan');
    expect(ehcp?.message).toContain('education, health and care plan (EHCP)');
  });

  it('count an acronym as explained once it is spelled out anywhere', async () => {
    await createSurvey(
      w,
      'explained',
      page(
        {
          type: 'boolean',
          name: 'plan',
          title: 'Does your child have an education, health and care plan (EHCP)?',
        },
        { type: 'comment', name: 'plan_more', title: 'Tell us about the EHCP.' },
      ),
    );
    const checks = await checksOf('explained');
    expect(codes(checks, 'warning').filter(([code]) => code === 'unexplained_acronym')).toEqual([]);
  });

  it('warn about every question renamed or reworded since the previous survey of the series', async () => {
    await createSurvey(w, 'wave-1', threeQuestions(), { series: 'waves' });
    await w.call('POST', '/api/surveys/wave-1/publish');
    const next = threeQuestions();
    const [first, second, third] = next.pages[0]?.elements ?? [];
    Object.assign(first ?? {}, { title: 'Is there a plan for your child?' });
    Object.assign(third ?? {}, { name: 'child_age' });
    if (second) (second as { visibleIf: string }).visibleIf = "{has_plan} = 'yes'";
    await createSurvey(w, 'wave-2', next, { series: 'waves' });
    const checks = await checksOf('wave-2');
    expect(checks.ready).toBe(true);
    expect(codes(checks, 'warning').filter(([code]) => code?.startsWith('series'))).toEqual([
      ['series_wording_changed', 'has_plan'],
      ['series_question_missing', 'age'],
      ['series_question_new', 'child_age'],
    ]);
    expect(checks.issues.find((i) => i.code === 'series_wording_changed')?.message).toContain(
      'wave-1',
    );
  });

  it('report a dropped question of an earlier version as an error', async () => {
    await createSurvey(w, 'dropping', threeQuestions());
    await w.call('POST', '/api/surveys/dropping/publish');
    const json = threeQuestions();
    json.pages[0]?.elements.splice(0, 1);
    Object.assign(json.pages[0]?.elements[0] ?? {}, { visibleIf: undefined });
    await w.call('PUT', '/api/surveys/dropping/draft', { json });
    const checks = await checksOf('dropping');
    expect(codes(checks, 'error')).toEqual([['breaking_change', 'has_plan']]);
    expect(checks.issues[0]?.message).toMatch(/hide it instead/);
  });
});
