// LibreOffice Writer draws a Word table's columns as given and breaks a word that does not fit, so
// a grid of agree/disagree statements once printed its headings as "Stro ngly agre e". Every
// column is at least as wide as its longest word in 11 pt bold, and the statements keep room to
// read; a base shared by every statement is named once, in the caption.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentDocx } from '../../server/exports/document-docx.ts';
import { documentHtml } from '../../server/exports/document-html.ts';
import { parentExperienceReport } from './support/parent-experience-report.ts';

// Liberation Sans Bold advance widths (per 1000 units of the point size) of the letters in the
// grid's headings: the narrowest a column may be is its longest word at 11 pt.
const BOLD: Record<string, number> = {
  A: 722,
  D: 722,
  N: 722,
  S: 667,
  a: 556,
  d: 611,
  e: 556,
  g: 611,
  h: 611,
  i: 278,
  l: 278,
  n: 611,
  o: 611,
  p: 611,
  r: 389,
  s: 556,
  t: 333,
  u: 611,
  w: 778,
  y: 556,
};
const twips = (word: string) => [...word].reduce((sum, c) => sum + (BOLD[c] ?? 611), 0) * 0.22;

describe('the grid of statements in the Word report', async () => {
  const { document } = parentExperienceReport();
  const zip = await JSZip.loadAsync(await documentDocx(document));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const grid =
    /every answer, per cent of the ([\d,]+) who answered each statement[\s\S]*?<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(
      xml,
    );
  const table = grid?.[2] ?? '';
  const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const headers = [
    ...(/<w:tr>([\s\S]*?)<\/w:tr>/.exec(table)?.[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g),
  ].map((m) => [...(m[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const margins = [...table.matchAll(/<w:left w:w="(\d+)"/g)].map((m) => Number(m[1]));

  it('names the one base in the caption instead of a column repeating it', () => {
    expect(grid?.[1]).toMatch(/^\d/);
    expect(headers[0]).toBe('Statement');
    expect(headers).not.toContain('Answered');
    expect(headers.length).toBe(widths.length);
  });

  it('makes every column at least as wide as its longest heading word', () => {
    expect(headers.length).toBeGreaterThan(5);
    const margin = Math.max(0, ...margins);
    headers.forEach((header, i) => {
      const longest = Math.max(...header.split(/\s+/).map(twips));
      expect((widths[i] ?? 0) - 2 * margin, header).toBeGreaterThanOrEqual(longest);
    });
    // A statement column under about 3.5 cm makes every statement five lines or more.
    expect(widths[0]).toBeGreaterThanOrEqual(2000);
  });

  it('gives the printable page the same caption and columns', () => {
    const html = documentHtml(document);
    expect(html).toContain(
      `every answer, per cent of the ${grid?.[1]} who answered each statement`,
    );
    expect(html).not.toMatch(/>Answered<\/th>/);
  });
});
