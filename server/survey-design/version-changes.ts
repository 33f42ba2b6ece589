// Comparing a draft with the versions of the same survey already published. Answers are stored
// under question names and option values, so dropping or retyping a question is refused (hide it
// instead), and an option value that disappears is flagged (it was probably renamed).
import type { DesignIssue, SurveyDesign } from '../designer-contracts.ts';
import type { Json } from './definition-walk.ts';
import { described, type QuestionShape, questionShapes } from './question-shapes.ts';

export interface BreakingChange {
  question: string;
  /** The dynamic panel the question repeats in, if any. */
  within?: string;
  version: number;
  change: 'dropped' | 'retyped';
  was: string;
  now?: string;
}

/** Questions (in panels and dynamic panels too) an earlier version published, dropped or retyped. */
export function breakingChanges(
  earlier: { version: number; json: Json }[],
  json: Json,
): BreakingChange[] {
  const after = questionShapes(json);
  const found = new Map<string, BreakingChange>();
  for (const { version, json: old } of earlier) {
    for (const [key, shape] of questionShapes(old)) {
      if (found.has(key)) continue;
      const now = after.get(key);
      const where = { question: shape.name, ...(shape.within ? { within: shape.within } : {}) };
      if (!now) found.set(key, { ...where, version, change: 'dropped', was: shape.type });
      else if (now.type !== shape.type) {
        found.set(key, { ...where, version, change: 'retyped', was: shape.type, now: now.type });
      }
    }
  }
  return [...found.values()];
}

export function breakingIssues(changes: BreakingChange[]): DesignIssue[] {
  return changes.map((c) => {
    const name = described({ name: c.question, within: c.within });
    return {
      code: 'breaking_change',
      severity: 'error',
      question: c.question,
      message:
        c.change === 'dropped'
          ? `${name} was published in version ${c.version} and cannot be removed: hide it instead (set "visible": false) so earlier answers stay comparable.`
          : `${name} was published in version ${c.version} as a ${c.was} question and cannot become a ${c.now} question: add a new question and hide this one instead.`,
    };
  });
}

const valuesOf = (shape: QuestionShape) => [...shape.rows, ...(shape.scale ?? [])];

/** Option, statement and scale values answers were given with that the draft no longer has. */
export function removedValues(
  earlier: { version: number; json: Json }[],
  json: Json,
): DesignIssue[] {
  const after = questionShapes(json);
  const reported = new Set<string>();
  const issues: DesignIssue[] = [];
  for (const { version, json: old } of earlier) {
    for (const [key, shape] of questionShapes(old)) {
      const now = after.get(key);
      if (!now || now.type !== shape.type) continue;
      const kept = new Set(valuesOf(now).map((o) => o.value));
      for (const option of valuesOf(shape)) {
        if (kept.has(option.value) || reported.has(`${key}\n${option.value}`)) continue;
        reported.add(`${key}\n${option.value}`);
        issues.push({
          code: 'published_value_removed',
          severity: 'warning',
          question: shape.name,
          message: `${described(shape)} no longer offers "${option.text || option.value}" (stored as "${option.value}"), which version ${version} published. Answers already given with it will not combine with new ones: if you only changed the wording, put the stored value "${option.value}" back.`,
        });
      }
    }
  }
  return issues;
}

/** Names and option values of every published version, for the editor to keep fixed. */
export function publishedKeys(earlier: { json: Json }[]): SurveyDesign['published'] {
  const names = new Set<string>();
  const values = new Map<string, Set<string>>();
  for (const { json } of earlier) {
    for (const shape of questionShapes(json).values()) {
      names.add(shape.name);
      const own = values.get(shape.name) ?? new Set<string>();
      for (const option of valuesOf(shape)) own.add(option.value);
      values.set(shape.name, own);
    }
  }
  return {
    names: [...names],
    values: Object.fromEntries([...values].map(([name, set]) => [name, [...set]])),
  };
}
