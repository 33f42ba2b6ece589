// Publishing a language that is not fully translated needs the team to name it: otherwise
// parents who chose Welsh would read English marked as Welsh.
import { describe, expect, it } from 'vitest';
import { createSurvey, errorOf, freshDesignerWorld } from './designer-support.ts';

const w = freshDesignerWorld();

const halfWelsh = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'radiogroup',
          name: 'used',
          title: {
            default: 'Has your child used a short break?',
            cy: 'A yw eich plentyn wedi cael seibiant byr?',
          },
          choices: [
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ],
        },
      ],
    },
  ],
};

describe('publishing an incomplete language', () => {
  it('is warned about per language, then refused until the team confirms it', async () => {
    await createSurvey(w, 'half-welsh', halfWelsh);
    const checks = (await (await w.call('GET', '/api/surveys/half-welsh/checks')).json()) as {
      issues: { code: string; locale?: string; message: string }[];
    };
    const welsh = checks.issues.filter((i) => i.locale === 'cy');
    // survey-core words its buttons and errors in Welsh, so only the survey's own text is missing.
    expect(welsh.map((i) => i.code)).toEqual(['language_incomplete']);
    expect(welsh[0]?.message).toMatch(/^Welsh \(cy\): 4 of 5 strings have no translation/);

    const refused = await w.call('POST', '/api/surveys/half-welsh/publish', {});
    expect(refused.status).toBe(409);
    const error = await errorOf(refused);
    expect(error.code).toBe('incomplete_language');
    expect(error.details).toHaveLength(1);
    expect((await w.t.request('/api/surveys/half-welsh')).status).toBe(404);

    const other = await w.call('POST', '/api/surveys/half-welsh/publish', {
      incompleteLanguages: ['pl'],
    });
    expect(other.status).toBe(409);
    const bad = await w.call('POST', '/api/surveys/half-welsh/publish', {
      incompleteLanguages: 'cy',
    });
    expect(bad.status).toBe(400);

    const published = await w.call('POST', '/api/surveys/half-welsh/publish', {
      incompleteLanguages: ['cy'],
    });
    expect(published.status).toBe(200);
    expect((await w.t.request('/api/surveys/half-welsh')).status).toBe(200);
  });
});
