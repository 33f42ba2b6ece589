// The report as a Word document for boards and inspectors, and for the other formats people ask
// for (large print, translation start from an editable file). It only lays out the report, which
// is already suppressed and redacted, with published quotes only.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { QuestionFigure, Report } from '../../analysis/report/report-types.ts';
import { xmlSafe } from './cell-safety.ts';
import {
  type Block,
  heading,
  type Level,
  para,
  quotation,
  type TableSpec,
  table,
} from './docx-parts.ts';
import { DOCX_STYLES } from './docx-styles.ts';
import { addTableCaptions } from './docx-table-captions.ts';
import { aboutReport, fewerThan, formatCount, paragraphs, periodLabel } from './export-text.ts';
import {
  answeredText,
  breakdownTitle,
  FIGURE_HEADERS,
  lineTexts,
  questionTables,
  quoteGroups,
  TREND_HEADERS,
  trendTables,
  trendTexts,
} from './figure-tables.ts';

const LEVELS: Level[] = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];
const level = (depth: number): Level => LEVELS[Math.min(depth, LEVELS.length - 1)] ?? 'Heading4';

/** Collects blocks and the captions of their tables, in document order. */
class Writer {
  readonly blocks: Block[] = [];
  readonly captions: string[] = [];

  add(...blocks: Block[]) {
    this.blocks.push(...blocks);
  }

  table(spec: TableSpec) {
    this.captions.push(xmlSafe(spec.caption));
    this.add(...table(spec));
  }
}

function writeQuestion(w: Writer, q: QuestionFigure, k: number, depth: number) {
  w.add(heading(q.title, level(depth)), para(answeredText(q, k)));
  for (const text of paragraphs(q.narrative)) w.add(para(text));
  for (const t of questionTables(q)) {
    const rows = t.lines.map((line) => [line.label, ...lineTexts(line, k)]);
    w.table({ caption: t.caption, headers: [t.labelHeader, ...FIGURE_HEADERS], rows });
  }
  for (const t of trendTables(q)) {
    w.table({
      caption: t.caption,
      headers: TREND_HEADERS,
      rows: t.points.map((p) => trendTexts(p, k)),
    });
  }
  const groups = quoteGroups(q);
  if (groups.length === 0) return;
  w.add(heading('What people said', level(depth + 1)));
  for (const group of groups) {
    w.add(heading(group.theme, level(depth + 2)), ...group.quotes.map(quotation));
  }
}

function writeBreakdown(w: Writer, report: Report) {
  const breakdown = report.breakdown;
  if (!breakdown) return;
  w.add(heading(`Breakdown by ${breakdownTitle(report, breakdown.question)}`, level(0)));
  for (const group of breakdown.groups) {
    w.add(heading(group.label, level(1)));
    if (!('questions' in group)) {
      w.add(para(`This group has ${fewerThan(report.k)} people, so its figures are not shown.`));
      continue;
    }
    w.add(para(`This group has ${formatCount(group.n)} people.`));
    for (const q of group.questions) writeQuestion(w, q, report.k, 2);
  }
}

export async function reportDocx(report: Report): Promise<Buffer> {
  const { k } = report;
  const w = new Writer();
  w.add(new Paragraph({ text: xmlSafe(report.survey.title), heading: HeadingLevel.TITLE }));
  w.add(heading('About this report', level(0)), ...aboutReport(report).map(para));
  if (report.timeline.length > 0) {
    w.add(heading('Responses over time', level(0)));
    const rows = report.timeline.map((e) => [
      periodLabel(e, report.timelineUnit),
      'count' in e ? formatCount(e.count) : fewerThan(k),
    ]);
    w.table({ caption: 'Responses over time', headers: ['Period', 'Responses'], rows });
  }
  for (const q of report.questions) writeQuestion(w, q, k, 0);
  writeBreakdown(w, report);

  const document = new Document({
    title: xmlSafe(report.survey.title),
    subject: 'Survey report',
    creator: 'SEND Voice',
    description: xmlSafe(`Report of the questionnaire "${report.survey.title}"`),
    styles: DOCX_STYLES,
    sections: [{ children: w.blocks }],
  });
  return addTableCaptions(await Packer.toBuffer(document), w.captions);
}
