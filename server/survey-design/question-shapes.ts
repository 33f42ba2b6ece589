// What a question is, for comparing one definition with another: its type, wording, statements
// (rows) and the answers it offers (its scale), read as written in the definition.
import { CHOICE_TYPES, itemValue, ratingItems } from './answer-values.ts';
import {
  asArray,
  itemText,
  type Json,
  ROOT_SCOPE,
  textOf,
  walkDefinition,
} from './definition-walk.ts';

export interface Option {
  value: string;
  text: string;
}

export interface QuestionShape {
  name: string;
  /** The dynamic panel a question repeats in, if any. */
  within?: string;
  type: string;
  title: string;
  rows: Option[];
  /** The answers offered, in order; undefined for questions answered in the parent's words. */
  scale?: Option[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const options = (items: unknown): Option[] =>
  asArray(items).map((item) => ({
    value: String(itemValue(item) ?? ''),
    text: squash(itemText(item)),
  }));

function ratingScale(q: Json): Option[] {
  const scale = options(ratingItems(q));
  const low = squash(textOf(q.minRateDescription));
  const high = squash(textOf(q.maxRateDescription));
  const first = scale[0];
  const last = scale.at(-1);
  if (first && low) first.text = `${first.text} (${low})`;
  if (last && high) last.text = `${last.text} (${high})`;
  return scale;
}

function scaleOf(q: Json, type: string): Option[] | undefined {
  if (type === 'matrix') return options(q.columns);
  if (type === 'rating') return ratingScale(q);
  if (CHOICE_TYPES.has(type)) return options(q.choices);
  return undefined;
}

/**
 * Questions (answer keys) by key: the name at the root, or "panel/name" inside a dynamic panel,
 * where answers are stored per repeat under the panel. `nested: false` keeps the root only.
 */
export function questionShapes(json: Json, nested = true): Map<string, QuestionShape> {
  const shapes = new Map<string, QuestionShape>();
  for (const e of walkDefinition(json).elements) {
    if (!e.name || !e.type || e.type === 'panel') continue;
    if (!nested && e.scope !== ROOT_SCOPE) continue;
    const within = e.scope === ROOT_SCOPE ? undefined : e.scope.slice(0, -1);
    shapes.set(`${e.scope}${e.name}`, {
      name: e.name,
      ...(within ? { within } : {}),
      type: e.type,
      title: squash(textOf(e.json.title)) || e.name,
      rows: e.type.startsWith('matrix') ? options(e.json.rows) : [],
      scale: scaleOf(e.json, e.type),
    });
  }
  return shapes;
}

/** How a question is named in messages: "age" or "age" (in the repeating panel "children"). */
export const described = (shape: { name: string; within?: string }) =>
  shape.within ? `"${shape.name}" (in the repeating panel "${shape.within}")` : `"${shape.name}"`;
