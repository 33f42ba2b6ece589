import { describe, expect, it } from 'vitest';
import { analysis, many, testInput, testVersion } from './report-fixtures.ts';
import { NOT_ANALYSED_YET, NOT_THEMED, responsesTable } from './responses-table.ts';

describe('responsesTable', () => {
  const answers = {
    setting: 'other',
    'setting-Comment': 'A farm near Oakfield',
    services: ['salt', 'camhs'],
    experiences: { listened: 'agree' },
    working_well: 'Mrs Patel rang back.',
    anything_else: 'Our address is 1 High Street.',
  };
  const responses = [
    ...many(1, answers, 'tagged', '2026-03-28T23:00:00.000Z'),
    ...many(1, answers, 'waiting', '2026-03-29T10:00:00.000Z').map((r) => ({
      ...r,
      channel: 'paper' as const,
    })),
  ];
  const freeText = new Map([
    ['tagged-0', new Map([['working_well', analysis(['delays'], '[NAME] rang back.')]])],
  ]);
  const table = responsesTable(testInput(responses, { freeText }));
  const texts: Record<string, string> = { working_well: '[NAME] rang back.' };
  const cells = (row: number) => table.cells(row, (q) => (row === 0 ? texts[q] : undefined));
  const at = (header: string) => table.headers.indexOf(header);

  it('has a row per response with its London day, channel and version', () => {
    expect(table.size).toBe(2);
    expect(table.headers.slice(0, 3)).toEqual(['Date', 'Channel', 'Version']);
    // 23:00 UTC on 28 March 2026 is still 28 March in London; 29 March is summer time.
    expect(cells(0).slice(0, 3)).toEqual(['2026-03-28', 'online', testVersion.version]);
    expect(cells(1).slice(0, 3)).toEqual(['2026-03-29', 'paper', 1]);
  });

  it('writes choices as their labels, never what was typed for "other"', () => {
    const row = cells(0);
    expect(row[at('Where does your child go?')]).toBe('Somewhere else');
    expect(row[at('Which services do you use?')]).toBe('Speech and language therapy; CAMHS');
    expect(row[at('How much do you agree?: I feel listened to')]).toBe('Agree');
    expect(JSON.stringify(row)).not.toContain('farm');
  });

  it('writes free text only as its redacted copy, or says it is not analysed', () => {
    expect(cells(0)[at('What is working well?')]).toBe('[NAME] rang back.');
    expect(cells(1)[at('What is working well?')]).toBe(NOT_ANALYSED_YET);
    expect(cells(0)[at('Anything else?')]).toBe(NOT_THEMED);
    expect(JSON.stringify([cells(0), cells(1)])).not.toMatch(/Patel|High Street/);
  });

  it('marks each theme of an analysed answer with 1 and leaves the others empty', () => {
    const row = cells(0);
    expect(row[at('What is working well?: Delays and waiting')]).toBe(1);
    expect(at('What is working well?: Communication') in row).toBe(false);
    expect(row).toHaveLength(table.headers.length);
  });
});
