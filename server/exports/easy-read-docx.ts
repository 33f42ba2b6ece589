// The easy-read summary as a Word document: large text (14 pt and up), real headings, plenty of
// space, one idea per paragraph. Lays out easyReadContent and nothing else.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  type IStylesOptions,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { Report } from '../../analysis/report/report-types.ts';
import { xmlSafe } from './cell-safety.ts';
import { type EasyReadBlock, easyReadContent } from './easy-read-content.ts';

const FONT = 'Arial';
const QUOTE = 'EasyReadQuote';
const INK = '0B0C0C';

// Sizes are in half-points: 28 is 14 pt, the smallest text in the document.
export const EASY_READ_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 28, language: { value: 'en-GB' } },
      paragraph: { spacing: { after: 200, line: 360 }, alignment: AlignmentType.LEFT },
    },
    title: { run: { font: FONT, size: 52, bold: true, color: INK } },
    heading1: {
      run: { font: FONT, size: 40, bold: true, color: INK },
      paragraph: { spacing: { before: 480, after: 200 } },
    },
    heading2: {
      run: { font: FONT, size: 34, bold: true, color: INK },
      paragraph: { spacing: { before: 360, after: 160 } },
    },
  },
  paragraphStyles: [
    {
      id: QUOTE,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, size: 28, color: INK },
      paragraph: {
        indent: { left: 720 },
        border: { left: { style: 'single', size: 24, color: '505A5F', space: 8 } },
      },
    },
  ],
};

function paragraph(block: EasyReadBlock): Paragraph {
  const text = xmlSafe(block.text);
  switch (block.kind) {
    case 'title':
      return new Paragraph({ text, heading: HeadingLevel.TITLE });
    case 'heading':
      return new Paragraph({
        text,
        heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        keepNext: true,
      });
    case 'quote':
      return new Paragraph({ style: QUOTE, children: [new TextRun(xmlSafe(`“${block.text}”`))] });
    case 'line':
      return new Paragraph({ text });
  }
}

export async function easyReadDocx(report: Report): Promise<Buffer> {
  const document = new Document({
    title: xmlSafe(`${report.survey.title}: easy read`),
    subject: 'Easy read summary',
    creator: 'SEND Voice',
    description: xmlSafe(`Easy read summary of the survey "${report.survey.title}"`),
    styles: EASY_READ_STYLES,
    sections: [{ children: easyReadContent(report).map(paragraph) }],
  });
  return Packer.toBuffer(document);
}
