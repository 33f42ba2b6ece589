// What stands between a draft and publishing. Pure: the caller looks up the codebook and the
// previous survey of the series and passes them in.
import { ConditionRunner } from 'survey-core';
import type { DesignIssue, DesignSettings } from '../designer-contracts.ts';
import { findForbiddenQuestions } from '../survey-model/forbidden-questions.ts';
import {
  asArray,
  itemText,
  type Json,
  textOf,
  type WalkedElement,
  walkDefinition,
} from './definition-walk.ts';
import { checkDefinition, checkSettingsReferences, forbiddenProblem } from './import-checks.ts';
import { plainEnglishIssues, type WordedText } from './plain-english.ts';
import { seriesChanges } from './series-changes.ts';

export interface PublishCheckInput {
  json: Json;
  settings: DesignSettings;
  /** Whether the codebook named in the settings exists. */
  codebookExists: boolean;
  /** The current definition of the previous survey of the series, if any. */
  previousInSeries?: { slug: string; json: Json };
}

export interface PublishCheckResult {
  issues: DesignIssue[];
  readingAge: number | null;
}

const error = (code: string, message: string, question?: string): DesignIssue => ({
  code,
  severity: 'error',
  message,
  ...(question ? { question } : {}),
});

/** Types that show no title to parents, so need none. */
const UNTITLED_TYPES = new Set(['html', 'image']);
const CHOICE_TYPES = new Set([
  'radiogroup',
  'checkbox',
  'dropdown',
  'tagbox',
  'ranking',
  'imagepicker',
]);
const FREE_TEXT_TYPES = new Set(['text', 'comment']);
const CONDITIONS = ['visibleIf', 'enableIf', 'requiredIf'] as const;
/** Variables that point inside a panel, matrix row or choice rather than at a question. */
const CONTEXT_PREFIXES = /^(panel|row|item|choice|parentpanel|rootpanel|composite|self)$/i;

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

  issues.push(
    ...conditionIssues(json, [...pages.map((p) => p.json), ...elements.map((e) => e.json)]),
  );

  const byName = new Map(questions.map((q) => [q.name, q]));
  for (const name of settings.themedQuestions) {
    const q = byName.get(name);
    if (q && !FREE_TEXT_TYPES.has(q.type)) {
      issues.push(
        error(
          'themed_not_free_text',
          `Only free-text questions can be themed; "${name}" is not one.`,
          name,
        ),
      );
    }
  }
  if (settings.themedQuestions.length > 0 && !input.codebookExists) {
    issues.push(
      error(
        'unknown_codebook',
        `The themed questions use the codebook "${settings.codebook}", which does not exist.`,
      ),
    );
  }
  const forbidden = findForbiddenQuestions(json);
  if (forbidden.length > 0 && !issues.some((i) => i.code === 'forbidden_question')) {
    issues.push(forbiddenProblem(forbidden));
  }

  const plain = plainEnglishIssues(wordedTexts(json, pages, questions));
  issues.push(...plain.issues);
  if (input.previousInSeries) issues.push(...seriesChanges(input.previousInSeries, json));
  return { issues, readingAge: plain.readingAge };
}

/** Names a condition may refer to: questions, their value names, calculated values, variables. */
function knownNames(json: Json, nodes: Json[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    for (const key of ['name', 'valueName'] as const) {
      if (typeof node[key] === 'string') names.add((node[key] as string).toLowerCase());
    }
  }
  for (const calc of asArray(json.calculatedValues)) {
    const name = (calc as Json | null)?.name;
    if (typeof name === 'string') names.add(name.toLowerCase());
  }
  for (const trigger of asArray(json.triggers)) {
    const name = (trigger as Json | null)?.setToName;
    if (typeof name === 'string') names.add(name.toLowerCase());
  }
  return names;
}

function conditionIssues(json: Json, nodes: Json[]): DesignIssue[] {
  const names = knownNames(json, nodes);
  const issues: DesignIssue[] = [];
  for (const node of nodes) {
    const owner = typeof node.name === 'string' ? node.name : undefined;
    for (const property of CONDITIONS) {
      const expression = node[property];
      if (typeof expression !== 'string' || !expression.trim()) continue;
      let variables: string[];
      try {
        variables = new ConditionRunner(expression).getVariables();
      } catch {
        variables = [];
      }
      if (variables.length === 0 && !/^\s*(true|false)\s*$/i.test(expression)) {
        const parses = new ConditionRunner(expression).canRun();
        if (!parses) {
          issues.push(
            error(
              'invalid_condition',
              `The condition ${property} "${expression}" cannot be read.`,
              owner,
            ),
          );
        }
      }
      for (const variable of variables) {
        const root = variable.split(/[.[]/)[0] ?? '';
        if (CONTEXT_PREFIXES.test(root) || names.has(root.toLowerCase())) continue;
        issues.push(
          error(
            'unknown_condition_question',
            `The condition ${property} of ${owner ? `"${owner}"` : 'a page'} refers to "${root}", which is not a question.`,
            owner,
          ),
        );
      }
    }
  }
  return issues;
}

function wordedTexts(
  json: Json,
  pages: { json: Json }[],
  questions: (WalkedElement & { name: string })[],
): WordedText[] {
  const texts: WordedText[] = [];
  const add = (value: unknown, question?: string) => {
    const text = textOf(value);
    if (text.trim()) texts.push({ text, question });
  };
  add(json.title);
  add(json.description);
  for (const page of pages) {
    if (page.json === json) continue;
    add(page.json.title);
    add(page.json.description);
  }
  for (const q of questions) {
    add(q.json.title, q.name);
    add(q.json.description, q.name);
    add(q.json.html, q.name);
    for (const key of ['choices', 'rows', 'columns'] as const) {
      for (const item of asArray(q.json[key])) add(itemText(item), q.name);
    }
  }
  return texts;
}
