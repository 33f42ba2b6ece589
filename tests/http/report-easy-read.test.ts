// The easy-read summary (format=easy-read): a Word document with real headings, text of 14 pt and
// up, one short sentence a line within the easy-read reading age, aggregate figures only, approved
// quotes only and public actions only.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EASY_READ,
  readingAge,
  sentencesOf,
  wordsOf,
} from '../../server/survey-design/plain-english.ts';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import { surveyFile, tinySurveyJson, validTinyAnswers } from '../support/sample-surveys.ts';
import { createTestApp, postJson, type TestApp, writeSurveysDir } from '../support/test-app.ts';

let t: TestApp;
let token: string;

const withConsent = {
  pages: [
    ...tinySurveyJson.pages,
    {
      name: 'consent',
      elements: [{ type: 'radiogroup', name: 'quote_consent', choices: ['yes', 'no'] }],
    },
  ],
};

beforeEach(async () => {
  const dir = writeSurveysDir([
    surveyFile({ json: withConsent, quoteConsentQuestion: 'quote_consent' }),
  ]);
  t = await createTestApp({ surveysDir: dir, env: { NODE_ENV: 'test' } });
  token = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const api = (path: string, method = 'GET', body?: unknown) =>
  t.request(`/api/surveys/tiny${path}`, asToken(token, method, body));

async function submit(answers: Record<string, unknown>) {
  const res = await t.request('/api/surveys/tiny/responses', postJson({ answers }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

interface Para {
  style: string | undefined;
  text: string;
}

/** The document's paragraphs with their style, and its styles part. */
async function readDocx(res: Response) {
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const paras: Para[] = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
  return { xml, styles, paras };
}

describe('the easy-read summary', { timeout: 30_000 }, () => {
  it('is large, headed, plain and carries only what may be published', async () => {
    const refused = (i: number) =>
      `Marmalade lighthouse ${i}: the tribunal panel ignored our EHC plan evidence`;
    for (let i = 0; i < 12; i++) {
      await submit({
        ...validTinyAnswers,
        working_well: refused(i),
        quote_consent: 'no',
        who: i % 3 ? 'parent' : 'carer',
      });
    }
    const agreedIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      agreedIds.push(
        await submit({
          ...validTinyAnswers,
          working_well: `We waited ${i + 2} months for the EHC plan`,
          quote_consent: 'yes',
        }),
      );
    }
    await t.tagWorker.drain();
    expect(
      (await api('/quotes', 'POST', { key: `${agreedIds[0]}:working_well`, approved: true }))
        .status,
    ).toBe(204);
    const action = {
      title: 'Answer emails faster',
      description: 'We will answer every email in ten days. We will tell you who to call.',
      status: 'in_progress',
      public: true,
      themes: ['communication'],
      questions: ['working_well'],
    };
    expect((await api('/actions', 'POST', action)).status).toBe(201);
    expect(
      (await api('/actions', 'POST', { ...action, title: 'Secret draft plan', public: false }))
        .status,
    ).toBe(201);

    const res = await api('/report?format=easy-read');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain('tiny-easy-read.docx');
    const { xml, styles, paras } = await readDocx(res);

    // Structure: a title, then headings in order, each question under "What people told us".
    const headings = paras.filter((p) => /^(Title|Heading\d)$/.test(p.style ?? ''));
    expect(headings.map((h) => `${h.style}:${h.text}`)).toEqual([
      'Title:Tiny survey: easy read',
      'Heading1:About this summary',
      'Heading1:What people told us',
      'Heading2:Who is answering?',
      'Heading2:Which services do you use?',
      'Heading2:How would you rate support?',
      'Heading2:How old is your child?',
      'Heading2:Does your child have an EHC plan?',
      'Heading2:How far do you agree?',
      'Heading2:What is working well?',
      'Heading2:Tell us about caring',
      'Heading2:quote_consent',
      'Heading1:What we will do',
      'Heading2:Answer emails faster',
    ]);
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('24 people answered the survey.');
    // The share, then what was chosen, each on its own line.
    expect(texts.join('\n')).toContain('Everyone chose:\nYes.');
    // Each statement's main result, then the whole picture.
    expect(texts.join('\n')).toContain(
      '“I am kept informed”\nMost people disagreed.\nFewer than 1 in 10 people agreed.\nEveryone disagreed.',
    );
    expect(texts).toContain('About 5 in 10 people talked about: Delays and waiting.');
    expect(texts).toContain('Nobody answered this question.');
    expect(texts).toContain('We will answer every email in ten days.');
    expect(texts).toContain('We have started to do this.');

    // Large text: nothing below 14 pt (28 half-points) in the default, the styles the document
    // uses, or the document itself.
    const used = new Set(paras.map((p) => p.style));
    const usedStyles = [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)]
      .filter((m) => used.has(m[1]))
      .map((m) => m[0]);
    expect(usedStyles).toHaveLength(4);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    const sizes = [...[defaults, ...usedStyles, xml].join('').matchAll(/<w:sz w:val="(\d+)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);

    // Plain: our own sentences are short and within the easy-read reading age; quotes are the
    // parents' own words and not ours to simplify.
    const ours = paras.filter((p) => p.style !== 'EasyReadQuote').map((p) => p.text);
    for (const line of ours) {
      expect(sentencesOf(line).length, line).toBeLessThanOrEqual(1);
      expect(wordsOf(line).length, line).toBeLessThanOrEqual(EASY_READ.longSentenceWords);
    }
    expect(readingAge(ours)).toBeLessThanOrEqual(EASY_READ.readingAgeLimit);

    // Only what may be published: the approved quote, no refused words, no private action.
    expect(paras.filter((p) => p.style === 'EasyReadQuote').map((p) => p.text)).toEqual([
      '“We waited 2 months for the EHC plan”',
    ]);
    expect(xml).not.toContain('Marmalade');
    expect(xml).not.toContain('lighthouse');
    expect(xml).not.toContain('Secret draft plan');
  });

  it('hides small numbers and says so', async () => {
    for (let i = 0; i < 3; i++) await submit(validTinyAnswers);
    const { paras } = await readDocx(await api('/report?format=easy-read'));
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('Fewer than 10 people answered this question.');
    expect(texts).toContain('We have not shared our plans yet.');
    expect(texts.join('\n')).not.toMatch(/\bin 10 people chose\b/);
  });
});
