import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import type { FreeTextAnalysis, ReportResponse } from './input-types.ts';
import { analysis, many, testInput } from './report-fixtures.ts';
import type { QuestionFigure, QuoteCandidate, Report, ThemeFigure } from './report-types.ts';
import { safeguardingItems } from './safeguarding-items.ts';

const question = (report: Report, name: string) =>
  report.questions.find((q) => q.name === name) as QuestionFigure;
const theme = (q: QuestionFigure, id: string) => q.themes?.find((t) => t.id === id) as ThemeFigure;
const quotesOf = (t: ThemeFigure) => ('quotes' in t ? t.quotes : []);
const candidatesOf = (t: ThemeFigure) => ('candidates' in t ? (t.candidates ?? []) : []);

function withText(
  rows: { count: number; consent?: unknown; a: FreeTextAnalysis | undefined; text?: string }[],
) {
  const responses: ReportResponse[] = [];
  const freeText = new Map<string, Map<string, FreeTextAnalysis>>();
  rows.forEach((row, r) => {
    for (const response of many(
      row.count,
      { working_well: row.text ?? 'Some words', quote_consent: row.consent },
      `r${r}`,
    )) {
      responses.push(response);
      if (row.a) freeText.set(response.id, new Map([['working_well', row.a]]));
    }
  });
  return { responses, freeText };
}

describe('themes', () => {
  const { responses, freeText } = withText([
    { count: 12, a: analysis(['delays', 'communication'], 'Long wait, no replies.') },
    { count: 20, a: analysis(['delays'], 'We waited two years.') },
    { count: 8, a: analysis([], 'n/a', { substantive: false }) },
    { count: 3, a: undefined },
  ]);
  const q = question(buildReport(testInput(responses, { freeText }), { k: 5 }), 'working_well');

  it('counts substantive answers only, and answers still waiting for analysis apart', () => {
    expect(q.answered).toBe(32);
    // 3 is below k (5): the report says "fewer than 5" instead.
    expect(q.pending).toEqual({ suppressed: true });
  });

  it('gives each theme as a share of those who answered, most mentioned first', () => {
    expect(q.themes?.map((t) => [t.id, 'count' in t ? t.count : 'hidden'])).toEqual([
      ['delays', 32],
      ['communication', 12],
      ['staff', 0],
      ['nothing_working', 0],
    ]);
    expect(theme(q, 'communication')).toMatchObject({ percent: 37.5, ci: [22.9, 54.7] });
  });

  it('drafts the narrative from the themes', () => {
    expect(q.narrative).toBe(
      'This question was answered 32 times. 100% of those who answered mentioned delays and waiting. ' +
        '38% mentioned communication. Fewer than 5 more answers are still being analysed.',
    );
  });

  it('writes "nothing is working" the way the council’s reports do', () => {
    const data = withText([
      { count: 39, a: analysis(['nothing_working'], 'Nothing.') },
      { count: 61, a: analysis(['staff'], 'The SENCO is great.') },
    ]);
    const r = buildReport(testInput(data.responses, { freeText: data.freeText }), { k: 10 });
    expect(question(r, 'working_well').narrative).toBe(
      'This question was answered 100 times. 61% of those who answered mentioned staff skills and ' +
        'capacity. 39% told us that nothing is working.',
    );
  });
});

describe('quotes', () => {
  const medium = (i: number) =>
    `Answer ${i}: ${'the caseworker finally rang us back and explained '.slice(0, 50)}.`;
  const rows = [
    ...Array.from({ length: 8 }, (_, i) => ({
      count: 1,
      consent: 'Yes',
      a: analysis(['delays'], medium(i)),
    })),
    {
      count: 1,
      consent: 'no',
      a: analysis(['delays'], 'NOT CONSENTED words that must never appear.'),
    },
    { count: 1, consent: true, a: analysis(['delays'], 'Short.') },
    { count: 1, consent: '1', a: analysis(['delays'], 'Flagged words.', { safeguarding: true }) },
    { count: 10, consent: undefined, a: analysis(['delays'], 'No answer to consent.') },
  ];
  const data = withText(rows);
  const approvedQuotes = new Set(['r10-0:working_well']);
  const build = (quoteMode: 'internal' | 'published') =>
    theme(
      question(
        buildReport(
          testInput(data.responses, { freeText: data.freeText, approvedQuotes, quoteMode }),
          { k: 5 },
        ),
        'working_well',
      ),
      'delays',
    );

  it('shows officers up to five candidates from people who agreed, approved ones first', () => {
    const quotes: QuoteCandidate[] = candidatesOf(build('internal'));
    expect(quotes).toHaveLength(5);
    expect(quotes[0]).toEqual({
      key: 'r10-0:working_well',
      text: 'Flagged words.',
      approved: true,
    });
    expect(quotes.slice(1).every((q) => !q.approved && q.text.startsWith('Answer'))).toBe(true);
    const text = JSON.stringify(quotes);
    expect(text).not.toContain('NOT CONSENTED');
    expect(text).not.toContain('No answer to consent');
  });

  it('publishes approved quotes only, as plain text, and the officers’ report says the same', () => {
    expect(quotesOf(build('published'))).toEqual(['Flagged words.']);
    expect(quotesOf(build('internal'))).toEqual(['Flagged words.']);
    expect(JSON.stringify(build('published'))).not.toContain('candidates');
  });

  it('leaves unapproved answers flagged for safeguarding out of the candidates', () => {
    const r = buildReport(
      testInput(data.responses, { freeText: data.freeText, quoteMode: 'internal' }),
      { k: 5 },
    );
    const text = JSON.stringify(question(r, 'working_well'));
    expect(text).not.toContain('Flagged words');
  });

  it('chooses the same quotes whatever order the responses come in', () => {
    const a = candidatesOf(build('internal'));
    const reversed = testInput([...data.responses].reverse(), {
      freeText: data.freeText,
      approvedQuotes,
      quoteMode: 'internal',
    });
    expect(
      candidatesOf(theme(question(buildReport(reversed, { k: 5 }), 'working_well'), 'delays')),
    ).toEqual(a);
  });
});

describe('safeguardingItems', () => {
  it('lists flagged answers oldest first with their redacted text', () => {
    const responses = [
      ...many(1, { working_well: 'x' }, 'late', '2026-01-06T10:00:00.000Z'),
      ...many(1, { working_well: 'y' }, 'early', '2026-01-05T10:00:00.000Z'),
      ...many(1, { working_well: 'z' }, 'fine', '2026-01-05T10:00:00.000Z'),
    ];
    const freeText = new Map([
      [
        'late-0',
        new Map([['working_well', analysis([], 'He hit [NAME].', { safeguarding: true })]]),
      ],
      [
        'early-0',
        new Map([['working_well', analysis([], 'I cannot cope.', { safeguarding: true })]]),
      ],
      ['fine-0', new Map([['working_well', analysis([], 'All good.')]])],
    ]);
    expect(safeguardingItems(testInput(responses, { freeText }))).toEqual([
      {
        responseId: 'early-0',
        question: 'working_well',
        questionTitle: 'What is working well?',
        submittedAt: '2026-01-05T10:00:00.000Z',
        redacted: 'I cannot cope.',
      },
      {
        responseId: 'late-0',
        question: 'working_well',
        questionTitle: 'What is working well?',
        submittedAt: '2026-01-06T10:00:00.000Z',
        redacted: 'He hit [NAME].',
      },
    ]);
  });
});
