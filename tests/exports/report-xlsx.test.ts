import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportXlsx } from '../../server/exports/report-xlsx.ts';
import { responsesWorkbook } from '../../server/exports/responses-workbook.ts';
import { MAX_SHEET_NAME, SheetNamer } from '../../server/exports/sheet-names.ts';
import { hostilePayloads, onScreen, xmlErrors } from './hostile-text.ts';
import { hostileReport, QUOTE, sampleReport, UNAPPROVED } from './sample-report.ts';

type Value = ExcelJS.CellValue;

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own ArrayBuffer-like Buffer, so hand it a plain ArrayBuffer.
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  return workbook;
}

function rows(sheet: ExcelJS.Worksheet | undefined): Value[][] {
  const out: Value[][] = [];
  sheet?.eachRow((row) => {
    out.push(Array.isArray(row.values) ? row.values.slice(1) : []);
  });
  return out;
}

const rowStarting = (sheet: ExcelJS.Worksheet | undefined, label: string) =>
  rows(sheet).find((r) => r[0] === label);

describe('reportXlsx', () => {
  it('has a summary sheet, a sheet per question and a breakdown, and no responses sheet', async () => {
    const workbook = await read(await reportXlsx(sampleReport()));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Q1 Where does your child go to',
      'Q2 How far do you agree with th',
      'Q3 What is working well',
      'Q4 Tell us about the exclusion',
      'Breakdown',
    ]);
    const summary = workbook.getWorksheet('Summary');
    expect(rowStarting(summary, 'Responses')).toEqual(['Responses', 120]);
    expect(rowStarting(summary, 'Figures hidden below (k)')).toEqual([
      'Figures hidden below (k)',
      10,
    ]);
    expect(rowStarting(summary, '19 January 2026 to 25 January 2026')?.[1]).toBe('fewer than 10');
  });

  it('keeps figures as numbers and shows hidden ones as "fewer than 10", never 0', async () => {
    const workbook = await read(await reportXlsx(sampleReport()));
    const [, q1, q2, q3] = workbook.worksheets;
    expect(rowStarting(q1, 'Primary school')).toEqual([
      'Primary school',
      70,
      58.3,
      49.4,
      66.8,
      120,
    ]);
    expect(rowStarting(q1, 'Home education')?.slice(0, 3)).toEqual([
      'Home education',
      'fewer than 10',
      'not shown',
    ]);
    let primary: ExcelJS.Row | undefined;
    q1?.eachRow((row) => {
      if (row.getCell(1).value === 'Primary school') primary = row;
    });
    expect(primary?.getCell(3).numFmt).toBe('0.0');
    expect(rowStarting(q2, 'Social care needs are met')?.[1]).toBe('fewer than 10');
    expect(rowStarting(q3, 'Transport')?.[1]).toBe('fewer than 10');
    for (const sheet of workbook.worksheets) {
      for (const row of rows(sheet)) {
        const label = String(row[0]);
        if (['Home education', 'Social care needs are met', 'Transport'].includes(label)) {
          expect(row).not.toContain(0);
        }
      }
    }
  });

  it('says "fewer than 10" for a question too few answered, in its sheet and the breakdown', async () => {
    const workbook = await read(await reportXlsx(sampleReport()));
    const q4 = rows(workbook.getWorksheet('Q4 Tell us about the exclusion')).flat();
    expect(q4).toContain(
      'Not shown: fewer than 10 people answered this question, or its figures would reveal a number that small.',
    );
    expect(q4.filter((v) => typeof v === 'number')).toEqual([]);
    expect(rows(workbook.getWorksheet('Breakdown'))).toContainEqual([
      'Primary school',
      70,
      'Tell us about the exclusion',
      'People who answered',
      'fewer than 10',
    ]);
    const q3 = rows(workbook.worksheets[3]).flat();
    expect(q3).toContain(
      'This question was answered 96 times. Fewer than 10 more answers are still being analysed and not counted yet.',
    );
  });

  it('includes the narrative and approved quotes only', async () => {
    const workbook = await read(await reportXlsx(sampleReport()));
    const q3 = rows(workbook.worksheets[3]).flat();
    expect(q3).toContain('32% said the right staff with the right skills made the difference.');
    expect(q3).toContain(QUOTE);
    expect(q3).toContain('Emails are answered now.');
    expect(q3).not.toContain(UNAPPROVED);
  });

  it('escapes formulas in text cells and drops characters XML cannot hold', async () => {
    const report = sampleReport();
    const [setting] = report.questions;
    if (!setting?.options?.[0]) throw new Error('sample report changed');
    setting.options[0].label = '=HYPERLINK("http://evil.example","click")';
    setting.narrative = '@SUM(1+1)\x07 bell';
    const workbook = await read(await reportXlsx(report));
    const q1 = rows(workbook.worksheets[1]).flat();
    expect(q1).toContain('\'=HYPERLINK("http://evil.example","click")');
    expect(q1).toContain("'@SUM(1+1)\uFFFD bell");
    expect(q1.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  it('never has a sheet of single responses: the report is figures and approved quotes', async () => {
    const workbook = await read(await reportXlsx(sampleReport()));
    expect(workbook.getWorksheet('Responses')).toBeUndefined();
    const summary = rows(workbook.getWorksheet('Summary')).flat();
    expect(summary.some((v) => String(v).startsWith('A row is one person.'))).toBe(false);
  });
});

describe('reportXlsx with hostile text', () => {
  const payloads = hostilePayloads() ?? [];

  it.skipIf(payloads.length === 0)(
    'reads back every payload as text, never a formula',
    async () => {
      const buffer = await reportXlsx(hostileReport(payloads));
      const zip = await JSZip.loadAsync(buffer);
      for (const [path, file] of Object.entries(zip.files)) {
        if (path.endsWith('.xml')) expect(xmlErrors(await file.async('string')), path).toEqual([]);
      }
      const workbook = await read(buffer);
      expect(workbook.worksheets.length).toBe(6);
      const cells = workbook.worksheets.flatMap((sheet) => rows(sheet).flat());
      expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
      const quotes = new Set(rows(workbook.worksheets[3]).map((r) => r[0]));
      for (const payload of payloads) {
        const shown = onScreen(payload);
        const expected = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
        expect(quotes, JSON.stringify(payload)).toContain(expected);
      }
    },
  );
});

describe('SheetNamer', () => {
  it('makes names Excel accepts: short, unique, without forbidden characters', () => {
    const namer = new SheetNamer();
    const long = 'What [exactly] is: working/not working? * \\ well in your child’s school';
    const names = [long, long, long, "'quoted'", 'History', '', '👨‍👩‍👦'.repeat(20)].map((n) =>
      namer.name(n),
    );
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[1]).toMatch(/ \(2\)$/);
  });
});

describe('the internal responses workbook', () => {
  it('says first that it is not for publication, then streams one safe row per response', async () => {
    async function* chunks() {
      yield [['2026-01-05', 'online', 1, '=1+2 [NAME] said so']];
      // A sparse row: empty cells stay empty rather than becoming 0.
      const sparse: (string | number)[] = ['2026-01-06', 'paper', 2];
      sparse[4] = 1;
      sparse.length = 5;
      yield [sparse];
    }
    const headers = ['Date', 'Channel', 'Version', 'What is working well?', 'Theme: Delays'];
    const workbook = await read(await responsesWorkbook('Tiny', { headers, chunks: chunks() }));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Not for publication', 'Responses']);
    expect(String(rows(workbook.getWorksheet('Not for publication'))[0]?.[0])).toMatch(
      /^NOT FOR PUBLICATION/,
    );
    expect(rows(workbook.getWorksheet('Responses'))).toEqual([
      headers,
      ['2026-01-05', 'online', 1, "'=1+2 [NAME] said so"],
      ['2026-01-06', 'paper', 2, undefined, 1],
    ]);
  });
});
