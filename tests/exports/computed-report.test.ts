// The exports fed a report from the real computation rather than a hand-built one, so a change in
// what buildReport emits shows up here, not in a published file.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput, type ReportResponse } from '../../analysis/report/index.ts';
import { reportDocx } from '../../server/exports/report-docx.ts';
import { reportHtml } from '../../server/exports/report-html.ts';
import { reportXlsx } from '../../server/exports/report-xlsx.ts';
import { byTag, parsePage, text } from './html-tree.ts';

const survey = {
  pages: [
    {
      name: 'about',
      elements: [
        {
          type: 'radiogroup',
          name: 'setting',
          title: 'Where does your child go to school?',
          choices: [
            { value: 'primary', text: 'Primary school' },
            { value: 'special', text: 'Special school' },
            { value: 'home', text: 'Home education' },
          ],
        },
        {
          type: 'matrix',
          name: 'experience',
          title: 'How far do you agree?',
          columns: [
            { value: 'agree', text: 'Agree' },
            { value: 'disagree', text: 'Disagree' },
          ],
          rows: [{ value: 'local_offer', text: 'The Local Offer is helpful' }],
        },
        { type: 'comment', name: 'working_well', title: 'What is working well?' },
        { type: 'comment', name: 'exclusion', title: 'Tell us about the exclusion' },
        { type: 'radiogroup', name: 'consent', title: 'May we quote you?', choices: ['yes', 'no'] },
      ],
    },
  ],
};

function input(): ReportInput {
  const responses: ReportResponse[] = [];
  const add = (count: number, answers: Record<string, unknown>) => {
    for (let i = 0; i < count; i++) {
      responses.push({
        id: `r${responses.length}`,
        versionId: 'v1',
        answers,
        submittedAt: '2026-01-05T10:00:00.000Z',
      });
    }
  };
  const said = { working_well: 'The SENCO listened', consent: 'yes' };
  add(30, { setting: 'primary', experience: { local_offer: 'agree' }, ...said });
  add(21, { setting: 'special', experience: { local_offer: 'disagree' }, ...said });
  // A follow-up only four families answered: how many answered would point at them.
  const excluded = 'He was sent home every afternoon for a term.';
  add(4, { setting: 'special', experience: { local_offer: 'disagree' }, exclusion: excluded });
  add(3, { setting: 'home', experience: { local_offer: 'agree' } });
  const analysis = {
    substantive: true,
    themes: ['staff'],
    redacted: 'The SENCO listened',
    safeguarding: false,
  };
  const freeText = new Map(
    responses
      .filter((r) => r.answers.working_well)
      .map((r) => [r.id, new Map([['working_well', analysis]])] as const),
  );
  return {
    survey: { slug: 'computed', title: 'Computed report' },
    versions: [
      {
        id: 'v1',
        version: 1,
        json: survey,
        settings: {
          themedQuestions: ['working_well'],
          positiveOptions: {},
          quoteConsentQuestion: 'consent',
        },
      },
    ],
    responses,
    freeText,
    themes: [{ id: 'staff', label: 'Staff skills and capacity' }],
    approvedQuotes: new Set(['r0:working_well']),
  };
}

describe('exports of a computed report', () => {
  const report = buildReport(input(), { k: 10, by: 'setting' });

  it('renders every format, with hidden figures as "not shown"', async () => {
    const { document, errors } = parsePage(reportHtml(report));
    expect(errors).toEqual([]);
    expect(byTag(document, 'h1').map(text)).toEqual(['Computed report']);
    const cells = byTag(document, 'td').map(text);
    expect(cells).toContain('not shown');
    expect(byTag(document, 'blockquote').map(text)).toContain('“The SENCO listened”');

    const xlsx = await reportXlsx(report);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const docx = await JSZip.loadAsync(await reportDocx(report));
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Computed report');
    expect(xml).toContain('not shown');
  });

  it('says only "fewer than 10" of a question four answered, in every file', async () => {
    expect(report.questions.find((q) => q.name === 'exclusion')).toMatchObject({
      suppressed: true,
    });
    const docx = await JSZip.loadAsync(await reportDocx(report));
    const sheets = await JSZip.loadAsync(await reportXlsx(report));
    const files = [
      reportHtml(report),
      (await docx.file('word/document.xml')?.async('string')) ?? '',
      (
        await Promise.all(
          Object.values(sheets.files)
            .filter((f) => f.name.startsWith('xl/worksheets/'))
            .map((f) => f.async('string')),
        )
      ).join(''),
    ];
    for (const file of files) {
      expect(file).toContain(
        'Not shown: fewer than 10 people answered this question, or its figures would reveal a number that small.',
      );
      expect(file).not.toMatch(/answered 4 times/);
    }
  });
});
