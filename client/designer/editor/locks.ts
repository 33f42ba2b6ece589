// What a published version fixes: question names and option values that answers were given
// under, in any version published so far (the server reads them all).
import type { SurveyDesign } from '../../../server/designer-contracts.ts';

export interface Published {
  names: Set<string>;
  /** Per question: the choice, row and column values it was published with. */
  values: Map<string, Set<string>>;
}

export const publishedLocks = (published: SurveyDesign['published']): Published => ({
  names: new Set(published.names),
  values: new Map(Object.entries(published.values).map(([name, v]) => [name, new Set(v)])),
});

export const LOCKED_NAME_REASON =
  'This name is fixed because the questionnaire has been published with it: answers already given are stored under it, and changing it would split old and new answers in reports.';
export const LOCKED_VALUE_REASON =
  'Fixed because answers were already given with this value. You can still change the wording.';
export const CONSENT_VALUE_REASON =
  'Fixed because reports read this answer as permission to quote. You can still change the wording.';
