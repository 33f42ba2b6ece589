// What a published version fixes: question names and choice values that answers were given under.
import { isRecord, type Json } from './survey-json.ts';

export interface Published {
  names: Set<string>;
  /** Per question: the choice, row and column values it was published with. */
  values: Map<string, Set<string>>;
}

const optionValue = (item: unknown) =>
  isRecord(item)
    ? String(item.value ?? '')
    : item === null || item === undefined
      ? ''
      : String(item);

export function publishedLocks(json: Json | undefined): Published {
  const names = new Set<string>();
  const values = new Map<string, Set<string>>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node)) return;
    if (typeof node.type === 'string' && typeof node.name === 'string') {
      names.add(node.name);
      const own = new Set<string>();
      for (const key of ['choices', 'rows', 'columns', 'rateValues']) {
        if (Array.isArray(node[key])) for (const item of node[key]) own.add(optionValue(item));
      }
      values.set(node.name, own);
    }
    visit(node.pages);
    visit(node.elements);
  };
  visit(json);
  return { names, values };
}

export const LOCKED_NAME_REASON =
  'This name is fixed because the questionnaire has been published with it: answers already given are stored under it, and changing it would split old and new answers in reports.';
export const LOCKED_VALUE_REASON =
  'Fixed because answers were already given with this value. You can still change the wording.';
