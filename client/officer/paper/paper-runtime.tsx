// Everything the paper form needs from survey-core, loaded only when an officer opens that page:
// the officers' bundle stays small for every other page.
import 'survey-core/survey-core.fontless.min.css';
import '../../questionnaire/survey-overrides.css';
import { Model, type SurveyModel, settings } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { ErrorDetail } from '../../../server/contracts.ts';
import { surveyTheme } from '../../questionnaire/survey-theme.ts';

// The page's own heading is the h1; the form's pages and questions sit below it.
settings.titleTags.page = 'h2';
settings.titleTags.panel = 'h3';
settings.titleTags.question = 'h3';
settings.animationEnabled = false;

export function createPaperForm(
  json: Record<string, unknown>,
  onComplete: (model: SurveyModel) => void,
): SurveyModel {
  const model = new Model(json);
  model.applyTheme(surveyTheme);
  model.showTitle = false;
  model.showCompletedPage = false;
  model.completeText = 'Save this response';
  model.onComplete.add((sender) => onComplete(sender));
  return model;
}

/** The question's title as the form shows it, for the list of problems above the form. */
export function titleOf(model: SurveyModel, name: string): string {
  return model.getQuestionByValueName(name)?.title ?? name;
}

/** Back to the answers as typed, with the server's problem shown under each question. */
export function showProblems(model: SurveyModel, problems: ErrorDetail[]) {
  model.clear(false, true);
  let first: ReturnType<SurveyModel['getQuestionByValueName']> | undefined;
  for (const problem of problems) {
    const question = model.getQuestionByValueName(problem.question);
    if (!question) continue;
    question.addError(problem.message);
    first ??= question;
  }
  if (first?.page) model.currentPage = first.page;
}

/** Back to the answers as typed, for example after a failed connection. */
export const reopen = (model: SurveyModel) => model.clear(false, true);

export function PaperForm({ model }: { model: SurveyModel }) {
  return <Survey model={model} />;
}

export type { SurveyModel };
