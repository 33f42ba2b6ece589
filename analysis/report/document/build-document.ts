// Builds the report document once, from the suppressed report and the questionnaire's pages:
// title page, about, summary, a section per page of the questionnaire, what we will do, and any
// breakdown. Pure: the same report and context give the same document.
import type { QuestionFigure, Report } from '../report-types.ts';
import { aboutBlocks, summaryBlocks, titleBlock } from './about-blocks.ts';
import { actionBlocks } from './action-blocks.ts';
import { breakdownBlocks } from './breakdown-blocks.ts';
import type { Block, DocumentContext, ReportDocument } from './document-types.ts';
import { markedBlocks } from './marked-text.ts';
import { questionBlocks } from './question-blocks.ts';

/** A section per page of the questionnaire, with the report's questions on it. */
export function sections(report: Report, ctx: DocumentContext): Block[] {
  const blocks: Block[] = [];
  const placed = new Set<string>();
  for (const page of ctx.pages) {
    const questions = page.questions
      .map((name) => report.questions.find((q) => q.name === name))
      .filter((q): q is QuestionFigure => q !== undefined);
    if (questions.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: page.title });
    blocks.push(...markedBlocks(page.text));
    for (const q of questions) {
      placed.add(q.name);
      blocks.push(...questionBlocks(q, report.k));
    }
  }
  // Questions only older versions asked, or a report with no pages: still reported, last.
  const rest = report.questions.filter((q) => !placed.has(q.name));
  if (rest.length > 0) {
    blocks.push({
      type: 'heading',
      level: 2,
      text: ctx.pages.length ? 'Other questions' : 'Questions',
    });
    for (const q of rest) blocks.push(...questionBlocks(q, report.k));
  }
  return blocks;
}

export function buildDocument(report: Report, ctx: DocumentContext): ReportDocument {
  const blocks: Block[] = [
    titleBlock(report, ctx),
    ...aboutBlocks(report, ctx),
    ...summaryBlocks(report, ctx),
    { type: 'heading', level: 1, text: 'What people told us', newPage: true },
    ...sections(report, ctx),
    ...actionBlocks(report, ctx),
    ...breakdownBlocks(report),
  ];
  return { organisation: ctx.organisation, title: report.survey.title, blocks };
}
