// The document of published results: only the questions an officer chose, laid out as the report
// lays them out (whole scale, charts, suppression, approved quotes), with the day it was published.
// Built from the suppressed report only; leaving questions out can hide figures, never reveal one.
import type { QuestionFigure, Report } from '../report-types.ts';
import { aboutBlocks, titleBlock } from './about-blocks.ts';
import { sections } from './build-document.ts';
import type { Block, DocumentContext, ReportDocument } from './document-types.ts';
import { longDay } from './plain-words.ts';

export interface PublicationContext extends DocumentContext {
  /** YYYY-MM-DD: the day an officer published the results. */
  publishedOn: string;
}

/** The questions of the report named in `questions`; names it does not have are left out. */
export function chosenQuestions(report: Report, questions: readonly string[]): QuestionFigure[] {
  const wanted = new Set(questions);
  return report.questions.filter((q) => wanted.has(q.name));
}

export function publicationDocument(
  report: Report,
  ctx: PublicationContext,
  questions: readonly string[],
): ReportDocument {
  const chosen: Report = { ...report, questions: chosenQuestions(report, questions) };
  const title = titleBlock(chosen, { ...ctx, reportDate: undefined });
  const published: [string, string] = ['Published', longDay(ctx.publishedOn)];
  const head: Block =
    title.type === 'title' ? { ...title, facts: [...title.facts, published] } : title;
  const blocks: Block[] = [
    head,
    ...aboutBlocks(chosen, ctx),
    { type: 'heading', level: 1, text: 'What people told us' },
    ...sections(chosen, ctx),
  ];
  return { organisation: ctx.organisation, title: report.survey.title, blocks };
}
