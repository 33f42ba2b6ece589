// The designer's survey-core code, loaded on demand: the same questionnaire module parents use,
// so the preview is their page, plus survey-core's own reading of a definition for warnings.
import { Model } from 'survey-core';

export {
  createQuestionnaire,
  QuestionnaireForm,
  type SurveyModel,
} from '../../questionnaire/survey-runtime.tsx';

/** survey-core's complaints about a definition (unknown properties and the like). */
export function definitionWarnings(json: Record<string, unknown>): string[] {
  const model = new Model(json);
  const warnings = (model.jsonErrors ?? []).map(
    (error) => error.getFullDescription?.() ?? error.message,
  );
  model.dispose();
  return warnings;
}
