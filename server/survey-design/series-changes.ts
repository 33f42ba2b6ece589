// Comparing a draft with what came before it: wording changes within a series (which break
// trend comparison: a warning) and dropped or retyped questions within one survey (which would
// make earlier answers incomparable: refused).
import type { DesignIssue } from '../designer-contracts.ts';
import { type Json, ROOT_SCOPE, textOf, walkDefinition } from './definition-walk.ts';

interface QuestionShape {
  type: string;
  title: string;
}

/** Root-level questions (answer keys) by name, with type and default-language wording. */
export function questionShapes(json: Json): Map<string, QuestionShape> {
  const shapes = new Map<string, QuestionShape>();
  for (const e of walkDefinition(json).elements) {
    if (!e.name || !e.type || e.type === 'panel' || e.scope !== ROOT_SCOPE) continue;
    shapes.set(e.name, { type: e.type, title: textOf(e.json.title).trim() || e.name });
  }
  return shapes;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function seriesChanges(previous: { slug: string; json: Json }, json: Json): DesignIssue[] {
  const before = questionShapes(previous.json);
  const after = questionShapes(json);
  const issues: DesignIssue[] = [];
  const warn = (code: string, message: string, question: string) =>
    issues.push({ code, severity: 'warning', message, question });
  for (const [name, old] of before) {
    const now = after.get(name);
    if (!now) {
      warn(
        'series_question_missing',
        `"${name}" was in ${previous.slug}, the previous survey of the series, but is not here (renamed or removed), so its trend stops.`,
        name,
      );
    } else if (squash(now.title) !== squash(old.title)) {
      warn(
        'series_wording_changed',
        `The wording of "${name}" changed since ${previous.slug}, so answers may not compare: "${old.title}" is now "${now.title}".`,
        name,
      );
    }
  }
  for (const name of after.keys()) {
    if (!before.has(name)) {
      warn(
        'series_question_new',
        `"${name}" was not in ${previous.slug}, the previous survey of the series, so it has no trend to compare with.`,
        name,
      );
    }
  }
  return issues;
}

export interface BreakingChange {
  question: string;
  version: number;
  change: 'dropped' | 'retyped';
  was: string;
  now?: string;
}

/** Questions an earlier version published that the draft drops or answers with another type. */
export function breakingChanges(
  earlier: { version: number; json: Json }[],
  json: Json,
): BreakingChange[] {
  const after = questionShapes(json);
  const found = new Map<string, BreakingChange>();
  for (const { version, json: old } of earlier) {
    for (const [name, shape] of questionShapes(old)) {
      if (found.has(name)) continue;
      const now = after.get(name);
      if (!now) found.set(name, { question: name, version, change: 'dropped', was: shape.type });
      else if (now.type !== shape.type) {
        found.set(name, {
          question: name,
          version,
          change: 'retyped',
          was: shape.type,
          now: now.type,
        });
      }
    }
  }
  return [...found.values()];
}
