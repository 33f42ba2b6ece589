// What makes a SurveyJS definition unusable (problems, refused with 400) and what survey-core
// merely does not know (warnings: real definitions carry custom properties).
import { Serializer, SurveyModel } from 'survey-core';
import type { DesignIssue, DesignSettings } from '../designer-contracts.ts';
import { findForbiddenQuestions } from '../survey-model/forbidden-questions.ts';
import { unsafePatterns } from '../survey-model/pattern-safety.ts';
import { isRecord, type Json, walkDefinition } from './definition-walk.ts';

const problem = (code: string, message: string, question?: string): DesignIssue => ({
  code,
  severity: 'error',
  message,
  ...(question ? { question } : {}),
});

const DISPLAY_ONLY = new Set(['html', 'image']);
const isQuestionType = (type: string) => Serializer.isDescendantOf(type, 'question');
const isPanelType = (type: string) => type === 'panel' || Serializer.isDescendantOf(type, 'panel');

export interface DefinitionCheck {
  problems: DesignIssue[];
  warnings: DesignIssue[];
  /** Every question name, at any depth. */
  questionNames: Set<string>;
}

/**
 * Structure problems: not an object, missing or unknown types, missing or duplicate names. The
 * warnings need a survey-core model (costly), so callers that do not show them can skip them.
 */
export function checkDefinition(
  definition: unknown,
  options: { warnings?: boolean } = {},
): DefinitionCheck {
  const questionNames = new Set<string>();
  if (!isRecord(definition)) {
    return {
      problems: [problem('not_an_object', 'The survey JSON must be an object ({ ... }).')],
      warnings: [],
      questionNames,
    };
  }
  const problems: DesignIssue[] = [];
  const seen = new Map<string, string>();
  for (const element of walkDefinition(definition).elements) {
    const { type, name, where, scope } = element;
    const label = name ? `"${name}" (${where})` : where;
    if (!type) {
      problems.push(problem('missing_type', `The element ${label} has no question type.`, name));
      continue;
    }
    if (isPanelType(type)) continue;
    if (!isQuestionType(type)) {
      problems.push(
        problem(
          'unknown_type',
          `The element ${label} has a type "${type}" that is not known.`,
          name,
        ),
      );
      continue;
    }
    // Display-only elements hold no answer; survey-core names them itself.
    if (!name && !DISPLAY_ONLY.has(type)) {
      problems.push(problem('missing_name', `The question at ${where} has no name.`));
      continue;
    }
    if (!name) continue;
    // Answers are keyed by name, and these names belong to every JavaScript object.
    if (name in Object.prototype) {
      problems.push(
        problem(
          'reserved_name',
          `The question "${name}" (${where}) has a name this system uses itself. Choose another name.`,
          name,
        ),
      );
      continue;
    }
    questionNames.add(name);
    const key = `${scope}${name.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        problem(
          'duplicate_name',
          `Two questions are called "${name}" (${first} and ${where}). Each needs its own name.`,
          name,
        ),
      );
    } else seen.set(key, where);
  }
  const forbidden = findForbiddenQuestions(definition);
  if (forbidden.length > 0) problems.push(forbiddenProblem(forbidden));
  for (const unsafe of unsafePatterns(definition)) {
    problems.push(problem('unsafe_pattern', unsafe.problem, unsafe.question));
  }
  const warnings = problems.length || options.warnings === false ? [] : jsonWarnings(definition);
  return { problems, warnings, questionNames };
}

export function forbiddenProblem(names: string[]): DesignIssue {
  return problem(
    'forbidden_question',
    `File upload and signature questions are not allowed, because a file or a signature could ` +
      `identify the parent who answered: ${names.join(', ')}. Remove them before importing.`,
    names[0],
  );
}

/** survey-core's own complaints (jsonErrors), which it survives: returned as warnings. */
export function jsonWarnings(definition: Json): DesignIssue[] {
  const model = new SurveyModel(definition);
  return (model.jsonErrors ?? []).map((error) => {
    const element = (error as { element?: { name?: unknown } }).element;
    const name = typeof element?.name === 'string' ? element.name : undefined;
    return {
      code: error.type === 'unknownproperty' ? 'unknown_property' : error.type,
      severity: 'warning',
      message: error.message,
      ...(name ? { question: name } : {}),
    };
  });
}

/** Settings must name questions that exist in the definition. */
export function checkSettingsReferences(
  settings: DesignSettings,
  questionNames: Set<string>,
): DesignIssue[] {
  const problems: DesignIssue[] = [];
  const refer = (what: string, name: string) => {
    if (!questionNames.has(name)) {
      problems.push(
        problem('unknown_setting_question', `${what} names "${name}", which is not a question.`),
      );
    }
  };
  for (const name of settings.themedQuestions) refer('Themed questions', name);
  for (const name of Object.keys(settings.positiveOptions)) refer('Positive options', name);
  if (settings.quoteConsentQuestion)
    refer('The quote-consent setting', settings.quoteConsentQuestion);
  return problems;
}
