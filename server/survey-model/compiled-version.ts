// A survey version turned into what answering it needs: the parsed JSON, a survey-core model
// (expensive to build, so built once per version and reused), and the answer keys it accepts.
import { LRUCache } from 'lru-cache';
import { type Question, SurveyModel, settings as surveySettings } from 'survey-core';
import type { SurveyTexts } from '../contracts.ts';
import { type Shape, shapeOf } from './answer-shapes.ts';
import { compileFastValidator, type FastValidator } from './fast-validator.ts';
import { findForbiddenQuestions, forbiddenReason } from './forbidden-questions.ts';
import { MAX_DEFINITION_DEPTH, unsafePatternReason } from './pattern-safety.ts';
import { sanitizeDefinition } from './sanitize-definition.ts';
import { resolveTexts, type VersionSettings, versionSettingsSchema } from './survey-settings.ts';

/** The survey-core model and what is read from it; rebuilt whole if a model is ever left broken. */
export interface ModelParts {
  model: SurveyModel;
  /** Root questions by the key their answer is stored under. */
  questionsByKey: Map<string, Question>;
  /** Keys SurveyJS uses for "other (please say)" and comment text, mapped to their question. */
  commentKeys: Map<string, Question>;
  /** Keys answered by more than one question (SurveyJS `valueName`): survey-core alone checks them. */
  sharedKeys: Set<string>;
  /** Keys of calculated values SurveyJS writes into the results. */
  calculatedKeys: Set<string>;
  /** What each answer key's value may look like, checked before survey-core sees it. */
  shapes: Map<string, Shape>;
}

export interface CompiledVersion extends ModelParts {
  versionId: string;
  version: number;
  json: Record<string, unknown>;
  settings: VersionSettings;
  texts: SurveyTexts;
  /** Set when the definition asks for something this platform refuses (file, signature). */
  unavailableReason?: string;
  /**
   * How answers are checked: `compiled` (plain functions built from the definition, no model
   * touched) or `reference` (survey-core's model, for definitions the compiler does not cover).
   */
  validatorPath: 'compiled' | 'reference';
  /** Why the reference path is used, for logs and tests. */
  fallbackReason?: string;
  fastValidator?: FastValidator;
}

export interface VersionSource {
  id: string;
  version: number;
  definition: string;
  settings: string;
}

export function buildModelParts(json: Record<string, unknown>): ModelParts {
  const model = new SurveyModel(json);
  const questionsByKey = new Map<string, Question>();
  const commentKeys = new Map<string, Question>();
  const sharedKeys = new Set<string>();
  for (const question of model.getAllQuestions(false, false, false)) {
    if (questionsByKey.has(question.getValueName())) sharedKeys.add(question.getValueName());
    questionsByKey.set(question.getValueName(), question);
    commentKeys.set(question.getValueName() + surveySettings.commentSuffix, question);
  }
  const calculatedKeys = new Set(
    model.calculatedValues.filter((c) => c.includeIntoResult).map((c) => c.name),
  );
  const shapes = new Map<string, Shape>();
  for (const [key, question] of questionsByKey) {
    shapes.set(key, sharedKeys.has(key) ? { kind: 'any' } : shapeOf(question));
  }
  for (const key of commentKeys.keys()) shapes.set(key, { kind: 'value' });
  for (const key of calculatedKeys) if (!shapes.has(key)) shapes.set(key, { kind: 'value' });
  return { model, questionsByKey, commentKeys, sharedKeys, calculatedKeys, shapes };
}

/** Element names like `__proto__` or `constructor`, which survey-core cannot even load. */
function findReservedNames(definition: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object') return;
    // Unchecked could hide such a name, so too deep counts as one.
    if (depth > MAX_DEFINITION_DEPTH) {
      found.push('(nested too deeply)');
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && typeof record.name === 'string') {
      if (record.name in Object.prototype) found.push(record.name);
    }
    for (const value of Object.values(record)) visit(value, depth + 1);
  };
  visit(definition, 0);
  return found;
}

/** A stored version with such a name (saved before import refused them) is never answered. */
function reservedNameReason(names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  return (
    `This questionnaire cannot take answers because a question is named ${names.join(', ')}. ` +
    'Please contact the team who sent it.'
  );
}

export function compileVersion(source: VersionSource): CompiledVersion {
  // Cleaned again when shown: versions stored before cleaning existed, or seeded from files.
  const json = sanitizeDefinition(JSON.parse(source.definition) as Record<string, unknown>);
  const settings = versionSettingsSchema.parse(JSON.parse(source.settings));
  const reserved = findReservedNames(json);
  const parts = buildModelParts(reserved.length > 0 ? {} : json);
  const fast = compileFastValidator(json, parts);
  return {
    versionId: source.id,
    version: source.version,
    json,
    settings,
    texts: resolveTexts(settings),
    unavailableReason:
      forbiddenReason(findForbiddenQuestions(json)) ??
      unsafePatternReason(json) ??
      reservedNameReason(reserved),
    ...parts,
    validatorPath: fast.validator ? 'compiled' : 'reference',
    ...(fast.validator ? { fastValidator: fast.validator } : { fallbackReason: fast.reason }),
  };
}

/** Versions are immutable, so a cached compilation never goes stale; the bound caps memory. */
export function createVersionCache(max = 200) {
  const cache = new LRUCache<string, CompiledVersion>({ max });
  return {
    async get(
      versionId: string,
      load: (id: string) => Promise<VersionSource | undefined>,
    ): Promise<CompiledVersion | undefined> {
      const hit = cache.get(versionId);
      if (hit) return hit;
      const source = await load(versionId);
      if (!source) return undefined;
      const compiled = compileVersion(source);
      cache.set(versionId, compiled);
      return compiled;
    },
    get size() {
      return cache.size;
    },
  };
}
export type VersionCache = ReturnType<typeof createVersionCache>;
