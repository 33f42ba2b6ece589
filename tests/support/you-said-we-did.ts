// Two surveys of one series for "You said, we did": spring (to be closed in June 2026) and autumn,
// each with answers about communication, and a helper to send them.
import { surveyFile, tinySurveyJson, validTinyAnswers } from './sample-surveys.ts';
import {
  createTestApp,
  postJson,
  type TestApp,
  type TestAppOptions,
  writeSurveysDir,
} from './test-app.ts';

export const NOW = new Date('2026-12-08T10:00:00Z');

/** The tiny questionnaire with a Welsh title on one question, so the survey offers `cy`. */
const welshJson = {
  ...tinySurveyJson,
  title: { default: 'Spring survey', cy: 'Arolwg y gwanwyn' },
};

export function seriesAppOptions(): TestAppOptions {
  return {
    surveysDir: writeSurveysDir([
      surveyFile({
        slug: 'spring',
        title: 'Spring survey',
        series: 'family-voice',
        opensAt: '2026-03-01T00:00:00Z',
        json: welshJson,
      }),
      surveyFile({
        slug: 'autumn',
        title: 'Autumn survey',
        series: 'family-voice',
        opensAt: '2026-09-01T00:00:00Z',
      }),
      surveyFile({ slug: 'unseen', title: 'Draft survey', status: 'draft' }),
    ]),
    now: () => NOW,
    env: {
      NODE_ENV: 'test',
      SUPPRESSION_K: '5',
      ORGANISATION_NAME: 'Northshire Council',
      ORGANISATION_CONTACT: 'send@northshire.example',
    },
  };
}

export const seriesApp = (): Promise<TestApp> => createTestApp(seriesAppOptions());

const ABOUT_COMMUNICATION = 'Nobody ever replies to my emails and nobody tells us anything.';
const ABOUT_OTHER = 'The new classroom is lovely.';

/** Sends `total` answers to the survey, `mentioning` of them about communication, and tags them. */
export async function answer(t: TestApp, slug: string, total: number, mentioning: number) {
  for (let i = 0; i < total; i++) {
    const working_well = i < mentioning ? ABOUT_COMMUNICATION : ABOUT_OTHER;
    const res = await t.request(
      `/api/surveys/${slug}/responses`,
      postJson({ answers: { ...validTinyAnswers, working_well } }),
    );
    if (res.status !== 201) throw new Error(`answer refused: ${res.status} ${await res.text()}`);
  }
  await t.tagWorker.drain();
}

/** Closes the survey on the day given, as a designer closing it then would. */
export async function closeSurvey(t: TestApp, slug: string, on: string) {
  await t.deps.db
    .updateTable('surveys')
    .set({ status: 'closed', closes_at: on })
    .where('slug', '=', slug)
    .execute();
}
