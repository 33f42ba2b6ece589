// Building blocks of the Word report. Every string passes through `xmlSafe`: one control character
// from a parent's answer would otherwise make Word refuse to open the whole document.
import {
  AlignmentType,
  type HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Run } from '../../analysis/report/document/document-types.ts';
import { xmlSafe } from './cell-safety.ts';

export type Block = Paragraph | Table;
export type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];

export const QUOTE_STYLE = 'Quote';
export const CAPTION_STYLE = 'Caption';

export const heading = (text: string, level: Level, newPage = false) =>
  new Paragraph({ text: xmlSafe(text), heading: level, keepNext: true, pageBreakBefore: newPage });

/** Words with their bold runs, each a Word run of its own. */
const textRuns = (text: string, runs: readonly Run[] | undefined) =>
  (runs ?? [{ text }]).map((r) => new TextRun({ text: xmlSafe(r.text), bold: r.bold }));

export const para = (text: string, runs?: readonly Run[]) =>
  new Paragraph({ children: textRuns(text, runs) });

/** The numbering definition lists use: a real Word bulleted list, not typed bullet characters. */
export const BULLETS = 'bullets';
export const BULLET_NUMBERING = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
  ],
};

export const listItem = (text: string, runs?: readonly Run[]) =>
  new Paragraph({
    numbering: { reference: BULLETS, level: 0 },
    spacing: { after: 60 },
    children: textRuns(text, runs),
  });

/** A quotation: its own style (indented, italic) and curly quotation marks around the words. */
export const quotation = (text: string) =>
  new Paragraph({ style: QUOTE_STYLE, children: [new TextRun(xmlSafe(`“${text}”`))] });

const cell = (text: string, header: boolean, margin: number) =>
  new TableCell({
    margins: { left: margin, right: margin },
    children: [
      new Paragraph({
        // Single-spaced, so a table of twenty themes stays on one page.
        spacing: { before: 20, after: 20, line: 240, lineRule: 'auto' },
        children: [new TextRun(header ? { text: xmlSafe(text), bold: true } : xmlSafe(text))],
      }),
    ],
  });

// The text width of an A4 page with the default 1-inch margins, in twentieths of a point. Word
// would size columns itself, but LibreOffice draws the grid as given and breaks a word that does
// not fit ("Stro ngly agre e"), so a column is never narrower than its longest word.
const TEXT_WIDTH = 9026;
// Word's default cell padding, 0.19 cm each side; a wide table gets less than half.
const CELL_MARGIN = 108;
const NARROW_MARGIN = 45;
// Bold 11 pt Liberation Sans, in twips per letter by its width class (a little generous).
const POINTS = 11 * 20;
const letterWidth = (c: string) =>
  /[iljtfr.,:;'’ ]/.test(c) ? 0.34 : /[mwMW%]/.test(c) ? 0.9 : /[A-Z]/.test(c) ? 0.74 : 0.62;
const wordWidth = (word: string) => [...word].reduce((sum, c) => sum + letterWidth(c), 0) * POINTS;

const longestWord = (texts: readonly string[]) =>
  Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map(wordWidth));

// A cell's whole text on one line, with room to spare: readers' fonts and rounding differ.
const textWidth = (text: string) => wordWidth(text.trim()) * 1.15;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The first column holds words (an answer, a statement, a theme), the others figures. Where every
 * figure fits on one line in less than 40% of the width, the first column gets the rest (up to
 * 60%), so long answers wrap less; otherwise it gets 40% and the figures share the rest, unless a
 * figure column would then break its longest word: then each figure column gets what its words
 * need, with narrower padding, and the first column the rest.
 */
function columnWidths(headers: readonly string[], rows: readonly (readonly string[])[]) {
  const columns = headers.length;
  if (columns <= 1) return { widths: [TEXT_WIDTH], margin: CELL_MARGIN };
  const cells = (i: number) => rows.map((r) => r[i] ?? '');
  const natural = headers
    .slice(1)
    .map((h, i) => Math.max(longestWord([h]), ...cells(i + 1).map(textWidth)) + 2 * CELL_MARGIN);
  if (sum(natural) <= TEXT_WIDTH * 0.6) {
    const first = Math.min(Math.round(TEXT_WIDTH * 0.6), TEXT_WIDTH - sum(natural));
    const share = Math.floor((TEXT_WIDTH - first - sum(natural)) / natural.length);
    return { widths: [first, ...natural.map((w) => Math.floor(w + share))], margin: CELL_MARGIN };
  }
  const first = Math.round(TEXT_WIDTH * 0.4);
  const rest = Math.floor((TEXT_WIDTH - first) / (columns - 1));
  const words = headers.map((h, i) => longestWord([h, ...cells(i)]));
  if (words.slice(1).every((w) => w + 2 * CELL_MARGIN <= rest)) {
    return {
      widths: [first, ...Array.from({ length: columns - 1 }, () => rest)],
      margin: CELL_MARGIN,
    };
  }
  const figures = words.slice(1).map((w) => Math.ceil(w + 2 * NARROW_MARGIN));
  const left = TEXT_WIDTH - sum(figures);
  return {
    widths: [Math.max(left, Math.round(TEXT_WIDTH * 0.2)), ...figures],
    margin: NARROW_MARGIN,
  };
}

export interface TableSpec {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * A captioned table whose first row is marked as the header row, so screen readers announce the
 * column for each cell and Word repeats it on every page. The caption goes in as a visible
 * paragraph here and as the table's alternative text in `addTableCaptions`.
 */
export function table(spec: TableSpec): Block[] {
  const { widths, margin } = columnWidths(spec.headers, spec.rows);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.headers.map((h) => cell(h, true, margin)),
  });
  const body = spec.rows.map(
    (row) =>
      new TableRow({ cantSplit: true, children: row.map((text) => cell(text, false, margin)) }),
  );
  return [
    new Paragraph({ style: CAPTION_STYLE, keepNext: true, text: xmlSafe(spec.caption) }),
    new Table({
      rows: [header, ...body],
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: widths,
    }),
    // A gap of 6 points after the table: a heading after it adds its own space.
    new Paragraph({ text: '', spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' } }),
  ];
}
