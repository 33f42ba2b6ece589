// What stands between a draft and publishing. Pure: the caller looks up the codebook and the
// previous survey of the series and passes them in.
import type { DesignIssue, DesignSettings, PublishChecks } from '../designer-contracts.ts';
import { findForbiddenQuestions } from '../survey-model/forbidden-questions.ts';
import { CHOICE_TYPES } from './answer-values.ts';
import { conditionIssues } from './condition-checks.ts';
import {
  asArray,
  type Json,
  ROOT_SCOPE,
  textOf,
  type WalkedElement,
  walkDefinition,
} from './definition-walk.ts';
import { checkDefinition, checkSettingsReferences, forbiddenProblem } from './import-checks.ts';
import { languageIssues, messageIssues } from './language-checks.ts';
import { placeholderIssues } from './placeholder-checks.ts';
import { EASY_READ, PLAIN_ENGLISH, plainEnglishIssues } from './plain-english.ts';
import { seriesChanges } from './series-changes.ts';
import { settingsIssues } from './settings-checks.ts';
import { EASY_READ_LOCALE, usesLocale, wordedTexts } from './worded-texts.ts';

export interface PublishCheckInput {
  json: Json;
  settings: DesignSettings;
  /** Whether the codebook named in the settings exists. */
  codebookExists: boolean;
  /** The current definition of the previous survey of the series, if any. */
  previousInSeries?: { slug: string; json: Json };
}

export type PublishCheckResult = Pick<
  PublishChecks,
  'issues' | 'readingAge' | 'readingAgeLimit' | 'easyRead'
>;

const error = (code: string, message: string, question?: string): DesignIssue => ({
  code,
  severity: 'error',
  message,
  ...(question ? { question } : {}),
});

/** Types that show no title to parents, so need none. */
const UNTITLED_TYPES = new Set(['html', 'image']);

export function checkForPublish(input: PublishCheckInput): PublishCheckResult {
  const { json, settings } = input;
  const structure = checkDefinition(json, { warnings: false });
  const issues: DesignIssue[] = [...structure.problems];
  issues.push(...checkSettingsReferences(settings, structure.questionNames));
  const { pages, elements } = walkDefinition(json);
  const questions = elements.filter(
    (e): e is WalkedElement & { name: string; type: string } =>
      Boolean(e.name && e.type) && e.type !== 'panel',
  );
  if (questions.length === 0)
    issues.push(error('no_questions', 'The survey has no questions yet.'));

  for (const q of questions) {
    if (!UNTITLED_TYPES.has(q.type) && !textOf(q.json.title).trim()) {
      issues.push(
        error('missing_title', `Question "${q.name}" has no wording (title) for parents.`, q.name),
      );
    }
    const fromElsewhere = q.json.choicesFromQuestion || q.json.choicesByUrl;
    const numericRange = typeof q.json.choicesMax === 'number';
    if (CHOICE_TYPES.has(q.type) && !fromElsewhere && !numericRange) {
      if (asArray(q.json.choices).length === 0) {
        issues.push(error('empty_choices', `Question "${q.name}" has no choices.`, q.name));
      }
    }
    if (q.type === 'matrix') {
      for (const part of ['rows', 'columns'] as const) {
        if (asArray(q.json[part]).length === 0) {
          issues.push(error('empty_choices', `Question "${q.name}" has no ${part}.`, q.name));
        }
      }
    }
  }

  const atRoot = questions.filter((q) => q.scope === ROOT_SCOPE);
  issues.push(
    ...conditionIssues(
      json,
      [...pages.map((p) => p.json), ...elements.map((e) => e.json)],
      new Map(atRoot.map((q) => [q.name.toLowerCase(), q])),
    ),
  );

  issues.push(
    ...settingsIssues(settings, new Map(atRoot.map((q) => [q.name, q])), input.codebookExists),
  );
  const forbidden = findForbiddenQuestions(json);
  if (forbidden.length > 0 && !issues.some((i) => i.code === 'forbidden_question')) {
    issues.push(forbiddenProblem(forbidden));
  }

  const plain = plainEnglishIssues(wordedTexts(json, pages, questions));
  issues.push(...plain.issues);
  let easyRead: PublishCheckResult['easyRead'] = null;
  if (usesLocale(json, EASY_READ_LOCALE)) {
    const easy = plainEnglishIssues(
      wordedTexts(json, pages, questions, EASY_READ_LOCALE),
      EASY_READ,
    );
    issues.push(...easy.issues);
    easyRead = { readingAge: easy.readingAge, readingAgeLimit: EASY_READ.readingAgeLimit };
  }
  issues.push(...placeholderIssues(json, settings, pages, questions));
  issues.push(...languageIssues(json, settings), ...messageIssues(json, settings));
  if (input.previousInSeries) issues.push(...seriesChanges(input.previousInSeries, json));
  return {
    issues,
    readingAge: plain.readingAge,
    readingAgeLimit: PLAIN_ENGLISH.readingAgeLimit,
    easyRead,
  };
}
