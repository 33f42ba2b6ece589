// The boundary check of a definition sent by a designer: problems refuse it with one 400 that
// lists each of them; survey-core's warnings come back with the saved draft.
import { existsSync } from 'node:fs';
import type { DesignIssue, DesignSettings } from '../designer-contracts.ts';
import { AppError } from '../errors.ts';
import { readSurveyFiles } from '../seed-surveys.ts';
import { sanitizeDefinition } from '../survey-model/sanitize-definition.ts';
import type { Json } from './definition-walk.ts';
import { checkDefinition, checkSettingsReferences } from './import-checks.ts';
import { SHIPPED_PAGE_WORDING } from './placeholder-checks.ts';

export function importDefinition(
  json: unknown,
  settings: DesignSettings,
): { json: Json; warnings: DesignIssue[] } {
  const check = checkDefinition(json);
  const problems = check.problems.length
    ? check.problems
    : checkSettingsReferences(settings, check.questionNames);
  if (problems.length > 0) {
    const forbidden = problems.find((p) => p.code === 'forbidden_question');
    throw new AppError(
      400,
      'invalid_definition',
      forbidden
        ? forbidden.message
        : `The survey JSON cannot be used: ${problems.length === 1 ? 'there is 1 problem' : `there are ${problems.length} problems`}.`,
      problems,
    );
  }
  return { json: sanitizeDefinition(json as Json), warnings: check.warnings };
}

export const BLANK_TEMPLATE = 'blank';
// The same page wording and progress bar as the shipped questionnaires.
const blankDefinition = (): Json => ({
  ...SHIPPED_PAGE_WORDING,
  pages: [{ name: 'page1', elements: [] }],
});

export interface Template {
  slug: string;
  title: string;
  json: Json;
  settings: Partial<DesignSettings>;
}

/** The blank survey and the shipped questionnaires, as starting points. */
export function listTemplates(surveysDir: string): Template[] {
  const shipped = existsSync(surveysDir) ? readSurveyFiles(surveysDir) : [];
  return [
    { slug: BLANK_TEMPLATE, title: 'Blank survey', json: blankDefinition(), settings: {} },
    ...shipped.map(({ file }) => ({
      slug: file.slug,
      title: file.title,
      json: file.json,
      settings: {
        themedQuestions: file.themedQuestions ?? [],
        positiveOptions: file.positiveOptions ?? {},
        quoteConsentQuestion: file.quoteConsentQuestion,
        texts: { privacyNotice: file.privacyNotice, thankYou: file.thankYou, help: file.help },
      },
    })),
  ];
}
