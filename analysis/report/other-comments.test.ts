// Approved quotes always reach the report: those no theme shows are the question's other comments.
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import type { ReportResponse } from './input-types.ts';
import { analysis, many, testInput } from './report-fixtures.ts';

function survey() {
  const responses: ReportResponse[] = [
    ...many(8, { working_well: 'Waiting', anything_else: 'More', quote_consent: 'yes' }, 'yes'),
    ...many(4, { working_well: 'Waiting', anything_else: 'More', quote_consent: 'no' }, 'no'),
  ];
  const freeText = new Map(
    responses.map((r) => [
      r.id,
      new Map([
        [
          'working_well',
          analysis(r.id === 'yes-1' || r.id.startsWith('no') ? [] : ['delays'], `Waited ${r.id}`),
        ],
      ]),
    ]),
  );
  return { responses, freeText };
}

const texts = new Map([
  ['yes-0:anything_else', 'The vision should start from the child, as [NAME] said.'],
  ['yes-1:working_well', 'Bananas on a Tuesday.'],
  ['yes-2:anything_else', 'Hold the leaders to account for every promise made.'],
  ['no-0:anything_else', 'Words of a parent who said no.'],
  ['yes-3:working_well', 'Waited yes-3'],
]);

function build(quoteMode: 'published' | 'internal', excerpts = new Map<string, string>()) {
  const { responses, freeText } = survey();
  const input = testInput(responses, {
    freeText,
    quoteMode,
    approvedQuotes: new Set(texts.keys()),
    approvedTexts: texts,
    quoteExcerpts: excerpts,
  });
  const report = buildReport(input, { k: 3 });
  return (name: string) => report.questions.find((q) => q.name === name);
}

describe('other comments', () => {
  it('lists approved answers of an unthemed question, and themed ones no theme shows', () => {
    for (const mode of ['published', 'internal'] as const) {
      const question = build(mode);
      expect(question('anything_else')?.otherComments?.sort()).toEqual([
        'Hold the leaders to account for every promise made.',
        'The vision should start from the child, as [NAME] said.',
      ]);
      // yes-1 matched no theme; yes-3 is quoted under its theme, so not again here.
      expect(question('working_well')?.otherComments).toEqual(['Bananas on a Tuesday.']);
      const delays = question('working_well')?.themes?.find((t) => t.id === 'delays');
      expect(delays && 'quotes' in delays ? delays.quotes : []).toEqual(['Waited yes-3']);
    }
  });

  it('never lists a parent who refused quoting, and carries shortened words as approved', () => {
    const question = build(
      'published',
      new Map([['yes-2:anything_else', 'Hold the leaders to account']]),
    );
    const all = JSON.stringify(question('anything_else'));
    expect(all).not.toContain('said no');
    expect(question('anything_else')?.otherComments).toContain('Hold the leaders to account');
    expect(all).not.toContain('every promise made');
  });

  it('is absent from questions with nothing approved', () => {
    expect(build('published')('rating')?.otherComments).toBeUndefined();
  });
});
