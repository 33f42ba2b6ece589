// Small questionnaires that are closed or not open yet, for the pages a parent sees then.
import { writeSurveysDir } from '../../support/test-app.ts';

const DAY = 24 * 60 * 60 * 1000;

const json = {
  pages: [
    {
      name: 'only',
      elements: [
        {
          type: 'radiogroup',
          name: 'confidence',
          title: 'Do you feel confident about SEND support?',
          choices: ['yes', 'no'],
        },
      ],
    },
  ],
};

export const CLOSED_SLUG = 'autumn-check';
export const NOT_YET_OPEN_SLUG = 'spring-check';

export function writeScheduledSurveys(now = Date.now()): string {
  return writeSurveysDir([
    {
      slug: CLOSED_SLUG,
      title: 'Autumn confidence check',
      status: 'open',
      opensAt: new Date(now - 60 * DAY).toISOString(),
      closesAt: new Date(now - 2 * DAY).toISOString(),
      json,
    },
    {
      slug: NOT_YET_OPEN_SLUG,
      title: 'Spring confidence check',
      status: 'open',
      opensAt: new Date(now + 30 * DAY).toISOString(),
      json,
    },
  ]);
}
