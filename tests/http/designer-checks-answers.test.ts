// Checks that keep parents' answers meaningful: conditions and settings must name answers the
// question offers, free-text questions need a decision about themes, easy-read wording is read
// too, a series flags changed statements and scales, and nothing published inside a dynamic panel
// may be dropped.
import { describe, expect, it } from 'vitest';
import type { PublishChecks } from '../../server/designer-contracts.ts';
import { PAGE_WORDING_CODES } from '../../server/survey-design/placeholder-checks.ts';
import { createSurvey, errorOf, freshDesignerWorld, threeQuestions } from './designer-support.ts';

const w = freshDesignerWorld();
const THEMED = { themedQuestions: ['plan_view'] };

const checksOf = async (slug: string) =>
  (await (await w.call('GET', `/api/surveys/${slug}/checks`)).json()) as PublishChecks;
const codes = (checks: PublishChecks, severity: 'error' | 'warning') =>
  checks.issues
    .filter((i) => i.severity === severity && !PAGE_WORDING_CODES.has(i.code))
    .map((i) => [i.code, i.question ?? null]);

describe('conditions and settings naming answers', () => {
  it('refuse to publish a condition on an option that no longer exists', async () => {
    const json = threeQuestions();
    Object.assign(json.pages[0]?.elements[0] ?? {}, {
      choices: [
        { value: 'yes_we_have_one', text: 'Yes, we have one' },
        { value: 'no', text: 'No' },
      ],
    });
    await createSurvey(w, 'renamed-option', json, { settings: THEMED });
    const checks = await checksOf('renamed-option');
    expect(codes(checks, 'error')).toEqual([['unknown_condition_value', 'plan_view']]);
    const res = await w.call('POST', '/api/surveys/renamed-option/publish');
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('not_ready');
  });

  it('refuse options counted as agreeing that are not points of the scale', async () => {
    const json = threeQuestions();
    await createSurvey(w, 'positive', json, {
      settings: { ...THEMED, positiveOptions: { has_plan: ['yes', 'sometimes'] } },
    });
    expect(codes(await checksOf('positive'), 'error')).toEqual([
      ['unknown_positive_option', 'has_plan'],
    ]);
  });
});

describe('free-text questions and themes', () => {
  it('warn until each is themed or marked as not for theming, which a save keeps', async () => {
    await createSurvey(w, 'undecided', threeQuestions());
    expect(codes(await checksOf('undecided'), 'warning')).toEqual([
      ['free_text_not_themed', 'plan_view'],
    ]);
    const saved = await w.call('PUT', '/api/surveys/undecided/draft', {
      json: threeQuestions(),
      settings: { unthemedQuestions: ['plan_view'] },
    });
    expect(saved.status).toBe(200);
    const after = await checksOf('undecided');
    expect(after.ready).toBe(true);
    expect(codes(after, 'warning')).toEqual([]);
  });
});

describe('easy read', () => {
  it('is checked against its own, stricter reading age', async () => {
    const json = threeQuestions();
    Object.assign(json.pages[0]?.elements[1] ?? {}, {
      title: {
        default: 'What do you think of the plan?',
        'en-easy':
          'Considering the comprehensive multidisciplinary arrangements, how satisfactory was the coordination?',
      },
    });
    await createSurvey(w, 'easy', json, { settings: THEMED });
    const checks = await checksOf('easy');
    expect(checks.easyRead).toEqual({ readingAge: expect.any(Number), readingAgeLimit: 9 });
    const age = checks.issues.find((i) => i.message.startsWith('Easy read: The wording needs'));
    expect(age?.code).toBe('reading_age');
    expect(checks.ready).toBe(true);
  });
});

describe('a survey in a series', () => {
  it('warns about changed statements and answer scales since the previous survey', async () => {
    await createSurvey(w, 'wave-a', threeQuestions(), { series: 'waves', settings: THEMED });
    await w.call('POST', '/api/surveys/wave-a/publish');
    const next = threeQuestions();
    Object.assign(next.pages[0]?.elements[0] ?? {}, {
      choices: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
        { value: 'waiting', text: 'We are waiting for one' },
      ],
    });
    await createSurvey(w, 'wave-b', next, { series: 'waves', settings: THEMED });
    const checks = await checksOf('wave-b');
    expect(codes(checks, 'warning')).toEqual([['series_scale_changed', 'has_plan']]);
    const changed = checks.issues.find((i) => i.code === 'series_scale_changed');
    expect(changed?.message).toContain('now Yes / No / We are waiting for one');
  });
});

describe('questions inside a dynamic panel', () => {
  it('cannot be dropped once published (409)', async () => {
    const withChildren = (inner: unknown[]) => {
      const json = threeQuestions();
      json.pages[0]?.elements.push({
        type: 'paneldynamic',
        name: 'children',
        title: 'Your children',
        templateElements: inner,
      } as never);
      return json;
    };
    const age = { type: 'text', name: 'child_age', title: 'Age', inputType: 'number' };
    const school = { type: 'text', name: 'school', title: 'School', inputType: 'number' };
    await createSurvey(w, 'repeating', withChildren([age, school]), { settings: THEMED });
    expect((await w.call('POST', '/api/surveys/repeating/publish')).status).toBe(200);
    await w.call('PUT', '/api/surveys/repeating/draft', { json: withChildren([school]) });
    const res = await w.call('POST', '/api/surveys/repeating/publish');
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe('breaking_change');
    expect(error.details).toEqual([
      expect.objectContaining({
        question: 'child_age',
        message: expect.stringContaining('(in the repeating panel "children")'),
      }),
    ]);
  });
});
