// What each question's answer may look like, read once from the definition: every key inside an
// answer (matrix rows and columns, boxes, panel questions) must be one the definition names, and
// every leaf a plain value. Checked before any answer reaches survey-core.
import { type Question, settings as surveySettings } from 'survey-core';
import type { SafeRecord, SafeValue } from './answer-limits.ts';

export type Shape =
  | { kind: 'value' }
  | { kind: 'list'; property?: string }
  | { kind: 'keyed'; keys: Set<string> }
  | { kind: 'rows'; rows: Set<string>; cells: Map<string, Shape> }
  | { kind: 'entries'; cells: Map<string, Shape> }
  | { kind: 'any' };

const VALUE: Shape = { kind: 'value' };
const LIST: Shape = { kind: 'list' };
const LIST_TYPES = new Set(['checkbox', 'tagbox', 'ranking']);
const VALUE_TYPES = new Set([
  'text',
  'comment',
  'radiogroup',
  'dropdown',
  'rating',
  'boolean',
  'expression',
  'html',
  'image',
]);

type Loose = Question & Record<string, unknown>;
interface Named {
  name: string;
  cellType?: string;
}
interface Valued {
  value: unknown;
}

function cellShapes(columns: Named[], question: Loose): Map<string, Shape> {
  const cells = new Map<string, Shape>();
  const defaultType = String(question.cellType ?? 'dropdown');
  for (const column of columns) {
    const type = column.cellType && column.cellType !== 'default' ? column.cellType : defaultType;
    cells.set(column.name, LIST_TYPES.has(type) ? LIST : VALUE);
    cells.set(column.name + surveySettings.commentSuffix, VALUE);
  }
  return cells;
}

export function shapeOf(question: Question): Shape {
  const q = question as Loose;
  const type = question.getType();
  if (VALUE_TYPES.has(type)) return VALUE;
  if (LIST_TYPES.has(type) || (type === 'imagepicker' && q.multiSelect)) {
    const property = typeof q.valuePropertyName === 'string' ? q.valuePropertyName : undefined;
    return property ? { kind: 'list', property } : LIST;
  }
  if (type === 'imagepicker') return VALUE;
  if (type === 'matrix') {
    return { kind: 'keyed', keys: new Set((q.rows as Valued[]).map((r) => String(r.value))) };
  }
  if (type === 'multipletext') {
    return { kind: 'keyed', keys: new Set((q.items as Named[]).map((i) => i.name)) };
  }
  if (type === 'matrixdropdown') {
    const rows = new Set((q.rows as Valued[]).map((r) => String(r.value)));
    return { kind: 'rows', rows, cells: cellShapes(q.columns as Named[], q) };
  }
  if (type === 'matrixdynamic')
    return { kind: 'entries', cells: cellShapes(q.columns as Named[], q) };
  if (type === 'paneldynamic') {
    const cells = new Map<string, Shape>();
    for (const inner of (q.template as { questions: Question[] }).questions) {
      cells.set(inner.getValueName(), shapeOf(inner));
      cells.set(inner.getValueName() + surveySettings.commentSuffix, VALUE);
    }
    return { kind: 'entries', cells };
  }
  return { kind: 'any' };
}

const isRecord = (v: SafeValue): v is SafeRecord =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isLeaf = (v: SafeValue) => v === null || typeof v !== 'object';

function checkCells(value: SafeValue, cells: Map<string, Shape>, where: string) {
  if (!isRecord(value)) return `The answers for ${where} have the wrong shape.`;
  for (const key of Object.keys(value)) {
    const cell = cells.get(key);
    if (!cell) return `"${key}" is not part of ${where}.`;
    const problem = checkShape(cell, value[key] as SafeValue);
    if (problem) return problem;
  }
  return undefined;
}

/** A plain-English problem when an answer's structure is not what its question takes. */
export function checkShape(shape: Shape, value: SafeValue): string | undefined {
  switch (shape.kind) {
    case 'value':
      return isLeaf(value) ? undefined : 'This answer has the wrong shape.';
    case 'list': {
      if (!Array.isArray(value)) return isLeaf(value) ? undefined : 'Give a list of the options.';
      for (const item of value) {
        if (isLeaf(item)) continue;
        const keys = isRecord(item) ? Object.keys(item) : [];
        const ok =
          shape.property !== undefined &&
          keys.every((k) => k === shape.property) &&
          isLeaf((item as SafeRecord)[shape.property] ?? null);
        if (!ok) return 'Each option chosen must be a single value.';
      }
      return undefined;
    }
    case 'keyed': {
      if (!isRecord(value)) return isLeaf(value) ? undefined : 'This answer has the wrong shape.';
      for (const key of Object.keys(value)) {
        if (!shape.keys.has(key)) return `"${key}" is not part of this question.`;
        if (!isLeaf(value[key] as SafeValue)) return `The answer for "${key}" has the wrong shape.`;
      }
      return undefined;
    }
    case 'rows': {
      if (!isRecord(value)) return isLeaf(value) ? undefined : 'This answer has the wrong shape.';
      for (const key of Object.keys(value)) {
        if (!shape.rows.has(key)) return `"${key}" is not one of the rows.`;
        const problem = checkCells(value[key] as SafeValue, shape.cells, `"${key}"`);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'entries': {
      if (!Array.isArray(value))
        return isLeaf(value) ? undefined : 'This answer has the wrong shape.';
      for (const [index, entry] of value.entries()) {
        const problem = checkCells(entry, shape.cells, `entry ${index + 1}`);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'any':
      return undefined;
  }
}
