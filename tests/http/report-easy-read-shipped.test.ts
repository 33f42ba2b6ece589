// The easy-read summary of the shipped questionnaire, whose labels are long and explained in
// brackets, stays within the easy-read checks: no line over 15 words, reading age 9 or lower.
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { seededRandom } from '../../analysis/classifier/random.ts';
import type { PublicSurvey } from '../../server/contracts.ts';
import { EASY_READ, readingAge, wordsOf } from '../../server/survey-design/plain-english.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { generateAnswers } from '../support/generate-answers.ts';
import { createTestApp, postJson } from '../support/test-app.ts';

const SLUG = 'send-parent-experience';
const TEXTS = ['Nothing.', 'The SENCO is brilliant', 'We waited two years for an assessment'];

it('keeps the shipped questionnaire’s summary easy to read', { timeout: 120_000 }, async () => {
  const t = await createTestApp({ env: { NODE_ENV: 'test' } });
  try {
    const token = await tokenFor(t, (await addUser(t, 'officer')).id);
    const survey = (await (await t.request(`/api/surveys/${SLUG}`)).json()) as PublicSurvey;
    for (let i = 0; i < 40; i++) {
      const answers = generateAnswers(survey.json, { random: seededRandom(i + 1), texts: TEXTS });
      const res = await t.request(`/api/surveys/${SLUG}/responses`, postJson({ answers }));
      expect(res.status).toBe(201);
    }
    await t.tagWorker.drain();
    const res = await t.request(`/api/surveys/${SLUG}/report?format=easy-read`, asToken(token));
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const ours = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .filter(([p]) => !p.includes('w:val="EasyReadQuote"'))
      .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(ours.length).toBeGreaterThan(40);
    const long = ours.filter((line) => wordsOf(line).length > EASY_READ.longSentenceWords);
    expect(long).toEqual([]);
    expect(readingAge(ours)).toBeLessThanOrEqual(EASY_READ.readingAgeLimit);
  } finally {
    await t.close();
  }
});
