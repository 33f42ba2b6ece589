// The figure that prompted an action, read from a survey's report as the public would see it
// (suppressed at the server's k): a theme's share of those who answered a linked question, or the
// share who agreed with a linked question. Later surveys of the series are read for the same
// figure, so the page can say "41% then, 28% now".
import { buildReport } from '../../analysis/report/index.ts';
import type { QuestionFigure, Report } from '../../analysis/report/report-types.ts';
import type { Db } from '../../db/connection.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { loadReportInput } from '../reports/report-input.ts';

export interface PromptingFigure {
  question: string;
  theme: string | null;
  /** Follows "41% of the 538 who ": `answered "…" mentioned …` or `gave a view on "…" agreed`. */
  wording: string;
  percent: number;
  answered: number;
}

/** The survey's report as anyone outside the council may see it. */
export async function publicReport(db: Db, survey: SurveyRow, k: number): Promise<Report> {
  const input = await loadReportInput(db, survey, { quoteMode: 'published' });
  return buildReport(input, { k, lowestK: k });
}

const shown = (q: QuestionFigure) => (q.suppressed ? undefined : q);

function themeFigure(q: QuestionFigure, theme: string): PromptingFigure | undefined {
  const question = shown(q);
  const figure = question?.themes?.find((t) => t.id === theme);
  if (!question || !figure || 'suppressed' in figure) return undefined;
  return {
    question: question.name,
    theme,
    wording: `answered “${question.title}” mentioned ${figure.label.toLowerCase()}`,
    percent: figure.percent,
    answered: question.answered,
  };
}

function agreementFigure(q: QuestionFigure): PromptingFigure | undefined {
  const agreement = shown(q)?.agreement;
  if (!agreement || 'suppressed' in agreement) return undefined;
  return {
    question: q.name,
    theme: null,
    wording: `gave a view on “${q.title}” agreed`,
    percent: agreement.percent,
    answered: agreement.n,
  };
}

/**
 * The first figure the action's links point at: a linked theme in a linked question, then a linked
 * theme in any question, then agreement with a linked question. None when all are hidden.
 */
export function promptingFigure(
  report: Report,
  links: { themes: readonly string[]; questions: readonly string[] },
): PromptingFigure | undefined {
  const linked = report.questions.filter((q) => links.questions.includes(q.name));
  for (const questions of [linked, report.questions]) {
    for (const theme of links.themes) {
      for (const q of questions) {
        const figure = themeFigure(q, theme);
        if (figure) return figure;
      }
    }
  }
  for (const q of linked) {
    const figure = agreementFigure(q);
    if (figure) return figure;
  }
  return undefined;
}

/** The same figure in another survey's report (same question, same theme), if it is shown. */
export function sameFigure(
  report: Report,
  then: { question: string; theme: string | null },
): PromptingFigure | undefined {
  const q = report.questions.find((x) => x.name === then.question);
  if (!q) return undefined;
  return then.theme === null ? agreementFigure(q) : themeFigure(q, then.theme);
}
