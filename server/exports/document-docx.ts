// The report document as a Word file for boards, inspectors and the public, and for the other
// formats people ask for (large print and translations start from an editable file). Lays out the
// same blocks as the printable page (document-html.ts): real heading styles, captioned tables with
// header rows, charts as pictures whose alternative text gives their figures.
import { Document, HeadingLevel, ImageRun, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { Block, ReportDocument } from '../../analysis/report/document/document-types.ts';
import { xmlSafe } from './cell-safety.ts';
import { chartPng } from './chart-png.ts';
import {
  BULLET_NUMBERING,
  type Block as DocxBlock,
  heading,
  type Level,
  listItem,
  para,
  quotation,
  table,
} from './docx-parts.ts';
import { DOCX_STYLES } from './docx-styles.ts';
import { addTableCaptions } from './docx-table-captions.ts';

const LEVELS: Record<1 | 2 | 3 | 4, Level> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

// The chart is drawn 640 pixels wide; on the page it takes 13.5 cm of the 15.9 cm text width (512
// pixels at 96 to the inch), which prints its 15-pixel labels at 9 points, the least allowed.
// Wider charts make the 660-answer report, with 12 quotes spread over its questions, a page
// longer than the 15 it may take.
const CHART_WIDTH = 512;

/**
 * `drawing` numbers the pictures from 1: the library gives every one the id 1 unless told, and
 * Word offers to "repair" a file whose drawings share an id.
 */
function chartParagraph(b: Extract<Block, { type: 'chart' }>, drawing: number): Paragraph {
  const image = chartPng(b.caption, b.bars);
  const scale = CHART_WIDTH / image.width;
  return new Paragraph({
    keepLines: true,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: CHART_WIDTH, height: Math.round(image.height * scale) },
        altText: {
          id: String(drawing),
          name: xmlSafe(b.caption).slice(0, 250),
          title: xmlSafe(b.caption),
          description: xmlSafe(b.alt),
        },
      }),
    ],
  });
}

function titlePage(b: Extract<Block, { type: 'title' }>): DocxBlock[] {
  return [
    new Paragraph({ style: 'Subtitle', text: xmlSafe(b.organisation) }),
    new Paragraph({ text: xmlSafe(b.title), heading: HeadingLevel.TITLE }),
    ...b.facts.map(
      ([term, value]) =>
        new Paragraph({
          children: [
            new TextRun({ text: xmlSafe(`${term}: `), bold: true }),
            new TextRun(xmlSafe(value)),
          ],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

export async function documentDocx(doc: ReportDocument): Promise<Buffer> {
  const blocks: DocxBlock[] = [];
  const captions: string[] = [];
  let drawings = 0;
  for (const b of doc.blocks) {
    if (b.type === 'title') blocks.push(...titlePage(b));
    else if (b.type === 'heading') blocks.push(heading(b.text, LEVELS[b.level], b.newPage));
    else if (b.type === 'paragraph') blocks.push(para(b.text, b.runs));
    else if (b.type === 'list')
      blocks.push(...b.items.map((item, i) => listItem(item, b.runs?.[i])));
    else if (b.type === 'quote') blocks.push(quotation(b.text));
    else if (b.type === 'table') {
      captions.push(xmlSafe(b.caption));
      blocks.push(...table({ caption: b.caption, headers: b.headers, rows: b.rows }));
    } else blocks.push(chartParagraph(b, ++drawings));
  }
  const document = new Document({
    title: xmlSafe(doc.title),
    subject: 'Survey report',
    creator: xmlSafe(doc.organisation),
    description: xmlSafe(`Report of the questionnaire "${doc.title}"`),
    styles: DOCX_STYLES,
    numbering: BULLET_NUMBERING,
    sections: [{ children: blocks }],
  });
  return addTableCaptions(await Packer.toBuffer(document), captions);
}
