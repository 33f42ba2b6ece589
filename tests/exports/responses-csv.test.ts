import { describe, expect, it } from 'vitest';
import {
  type CsvResponse,
  responsesCsv,
  responsesCsvFileName,
  responsesCsvStream,
} from '../../server/exports/responses-csv.ts';

const BOM = '\uFEFF';

const response = (id: string, answers: Record<string, unknown>, themes = {}): CsvResponse => ({
  id,
  submittedAt: '2026-01-05T10:00:00.000Z',
  version: 1,
  channel: 'online',
  answers,
  themes,
});

const questions = [
  { name: 'role', title: 'Who is answering?' },
  { name: 'services', title: 'Services' },
  { name: 'age', title: 'Age' },
  { name: 'experience', title: 'Statements' },
  { name: 'not_working', title: 'What is not working well?' },
];

/** Splits a CRLF CSV without quoted line breaks into rows of raw fields. */
const lines = (csv: string) => csv.slice(BOM.length).split('\r\n').slice(0, -1);

describe('responsesCsv', () => {
  it('starts with a BOM, uses CRLF, and writes one column per answer, matrix row and theme', () => {
    const csv = responsesCsv({
      questions,
      themeIds: ['delays', 'staff'],
      rows: [
        response(
          'r1',
          {
            role: 'parent',
            services: ['salt', 'camhs'],
            age: 7,
            experience: { local_offer: 'agree', skills: 'disagree' },
            not_working: 'Waited two years',
          },
          { not_working: ['delays'] },
        ),
        response('r2', { role: 'carer' }),
      ],
    });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines(csv)).toEqual([
      'id,submittedAt,version,channel,role,services,age,experience.local_offer,experience.skills,not_working,not_working:delays,not_working:staff',
      'r1,2026-01-05T10:00:00.000Z,1,online,parent,salt; camhs,7,agree,disagree,Waited two years,1,0',
      // Not analysed is empty, not 0: the theme columns only speak for analysed answers.
      'r2,2026-01-05T10:00:00.000Z,1,online,carer,,,,,,,',
    ]);
  });

  it.each([
    ['=', '=SUM(A1:A2)'],
    ['+', '+44 1234'],
    ['-', '-2+3'],
    ['@', '@SUM(1+1)'],
    ['tab', '\tleading tab'],
    ['carriage return', '\rleading CR'],
  ])('prefixes text starting with %s so it is never a formula', (_, text) => {
    const csv = responsesCsv({ questions, themeIds: [], rows: [response('r1', { role: text })] });
    const cell = /[\r\n",]/.test(text) ? `"'${text}"` : `'${text}`;
    expect(csv).toContain(`,${cell},`);
  });

  it('writes numbers as numbers, negatives included, and prefixes numeric-looking text', () => {
    const csv = responsesCsv({
      questions: [
        { name: 'a', title: 'a' },
        { name: 'b', title: 'b' },
        { name: 'c', title: 'c' },
        { name: 'd', title: 'd' },
      ],
      themeIds: [],
      rows: [response('r1', { a: -5, b: -0.25, c: 42, d: '-5' })],
    });
    expect(lines(csv)[1]).toBe("r1,2026-01-05T10:00:00.000Z,1,online,-5,-0.25,42,'-5");
  });

  it('quotes commas, double quotes and line breaks', () => {
    const text = 'They said "wait", then\nnothing,\r\nagain';
    const csv = responsesCsv({ questions, themeIds: [], rows: [response('r1', { role: text })] });
    expect(csv).toContain(',"They said ""wait"", then\nnothing,\r\nagain",');
  });

  it('escapes formulas hidden in joined lists, matrix cells, headers and other-text', () => {
    const csv = responsesCsv({
      questions: [
        { name: '=cmd', title: 'hostile name' },
        { name: 'experience', title: 'Statements' },
        { name: 'services', title: 'Services' },
      ],
      themeIds: [],
      rows: [
        response('r1', {
          '=cmd': 'x',
          experience: { row1: '@evil' },
          services: ['-first', 'second'],
          'services-Comment': '=HYPERLINK("x")',
        }),
      ],
    });
    const [header, row] = lines(csv);
    expect(header).toBe(
      "id,submittedAt,version,channel,'=cmd,experience.row1,services,services-Comment",
    );
    expect(row).toBe(
      `r1,2026-01-05T10:00:00.000Z,1,online,x,'@evil,'-first; second,"'=HYPERLINK(""x"")"`,
    );
  });

  it('reads only own properties of answers, so hostile keys cannot reach the prototype', () => {
    const csv = responsesCsv({
      questions: [
        { name: 'constructor', title: 'c' },
        { name: 'toString', title: 't' },
      ],
      themeIds: [],
      rows: [response('r1', {})],
    });
    expect(lines(csv)[1]).toBe('r1,2026-01-05T10:00:00.000Z,1,online,,');
  });

  it('streams the same bytes in chunks from an async iterable', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) =>
      response(`r${i}`, { role: i % 2 ? '=x' : 'parent', age: -i }, { not_working: [] }),
    );
    const layout = { questions, themeIds: ['delays'], themedQuestions: ['not_working'] };
    async function* source() {
      yield* rows;
    }
    const chunks: string[] = [];
    for await (const chunk of responsesCsvStream(layout, source())) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(responsesCsv({ ...layout, rows }));
  });

  it('names the download after the survey', () => {
    expect(responsesCsvFileName('confidence-pulse')).toBe(
      'confidence-pulse-responses-unredacted.csv',
    );
  });
});
