// survey-core's own wording for the designer's preview: only well-formed locales are answered, a
// language survey-core lacks gets nothing, and English is left to the app's own wording.
import { describe, expect, it } from 'vitest';
import { freshDesignerWorld } from './designer-support.ts';

const w = freshDesignerWorld();

describe('survey-core wording for the preview', () => {
  it('answers the languages asked for, ignoring anything that is not a locale', async () => {
    const res = await w.call(
      'GET',
      `/api/designer/survey-core-wording?locales=${encodeURIComponent('cy,so,en-easy,<b>,pl-PL')}`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, Record<string, string>>;
    expect(Object.keys(body).sort()).toEqual(['cy', 'en-easy', 'pl-PL', 'so']);
    expect(body.cy).toMatchObject({ 'questions.complete': 'Cwblhau', start: 'Dechrau' });
    expect(body['pl-PL']?.['questions.next']).toBe('Dalej');
    expect(body.so).toEqual({});
    expect(body['en-easy']).toEqual({});
  });

  it('is for signed-in staff only', async () => {
    expect((await w.t.request('/api/designer/survey-core-wording?locales=cy')).status).toBe(401);
  });
});
