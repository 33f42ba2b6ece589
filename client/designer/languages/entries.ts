// The wording a translator sees side by side: page titles and descriptions, question titles and
// descriptions, choices, and matrix rows and columns, each with where it sits in the definition.
import { isRecord, type Json, list } from '../editor/survey-json.ts';
import { defaultText, translationOf, withTranslation } from './localizable.ts';

export interface Entry {
  /** Stable key for React and for labels: the path joined. */
  id: string;
  /** Where the wording lives: the path to its node and the property, or null for a bare choice. */
  path: (string | number)[];
  key: string | null;
  /** What it is, in plain words, e.g. "Question title" or "Choice". */
  part: string;
  /** The group it is shown under: a page or a question. */
  group: string;
  original: string;
}

const ITEM_LISTS: [string, string][] = [
  ['choices', 'Choice'],
  ['rows', 'Row'],
  ['columns', 'Column'],
];

function items(node: Json, path: (string | number)[], group: string, out: Entry[]) {
  for (const [listKey, part] of ITEM_LISTS) {
    list(node, listKey).forEach((item, index) => {
      const at = [...path, listKey, index];
      if (typeof item === 'string' || typeof item === 'number') {
        out.push({ id: at.join('.'), path: at, key: null, part, group, original: String(item) });
        return;
      }
      if (!isRecord(item)) return;
      // Dropdown-matrix columns are named and titled; other items have a value and a text.
      const key = 'name' in item && !('value' in item) ? 'title' : 'text';
      const fallback = key === 'title' ? item.name : item.value;
      const original = defaultText(item[key]) || defaultText(fallback);
      if (original) out.push({ id: at.join('.'), path: at, key, part, group, original });
    });
  }
}

function element(node: Json, path: (string | number)[], out: Entry[]) {
  const name = typeof node.name === 'string' ? node.name : '';
  const group = `Question "${name}"`;
  const own = (key: string, part: string, fallback = '') => {
    // A question without a title shows its name, so that is the wording to translate.
    const original = defaultText(node[key]) || fallback;
    if (original) out.push({ id: [...path, key].join('.'), path, key, part, group, original });
  };
  if (node.type === 'panel') own('title', 'Section title');
  else own('title', 'Question title', name);
  own('description', 'Description');
  items(node, path, group, out);
  for (const key of ['elements', 'templateElements']) {
    list(node, key).forEach((child, index) => {
      if (isRecord(child)) element(child, [...path, key, index], out);
    });
  }
}

/** Everything translatable, in the order parents meet it. */
export function entriesOf(json: Json): Entry[] {
  const out: Entry[] = [];
  list(json, 'pages').forEach((page, p) => {
    if (!isRecord(page)) return;
    const path = ['pages', p];
    const group = `Page ${p + 1}`;
    for (const [key, part] of [
      ['title', 'Page title'],
      ['description', 'Page description'],
    ] as const) {
      const original = defaultText(page[key]);
      if (original) out.push({ id: [...path, key].join('.'), path, key, part, group, original });
    }
    list(page, 'elements').forEach((child, index) => {
      if (isRecord(child)) element(child, [...path, 'elements', index], out);
    });
  });
  list(json, 'elements').forEach((child, index) => {
    if (isRecord(child)) element(child, ['elements', index], out);
  });
  return out;
}

function nodeAt(json: Json, path: (string | number)[]): unknown {
  let node: unknown = json;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isRecord(node) && typeof step === 'string') node = node[step];
    else return undefined;
  }
  return node;
}

/** The entry's wording in a locale ('' when untranslated). */
export function readEntry(json: Json, entry: Entry, locale: string): string {
  const node = nodeAt(json, entry.path);
  return entry.key === null || !isRecord(node) ? '' : translationOf(node[entry.key], locale);
}

function replaceAt(
  node: unknown,
  path: (string | number)[],
  change: (n: unknown) => unknown,
): unknown {
  if (path.length === 0) return change(node);
  const [step, ...rest] = path;
  if (Array.isArray(node) && typeof step === 'number') {
    return node.map((child, i) => (i === step ? replaceAt(child, rest, change) : child));
  }
  if (isRecord(node) && typeof step === 'string') {
    return { ...node, [step]: replaceAt(node[step], rest, change) };
  }
  return node;
}

/** The definition with the entry's wording in a locale set ('' removes it). */
export function writeEntry(json: Json, entry: Entry, locale: string, translation: string): Json {
  return replaceAt(json, entry.path, (node) => {
    if (!isRecord(node)) {
      // A bare choice: its value stays, and the wording moves into a text beside it.
      if (translation === '') return node;
      return { value: node, text: withTranslation(String(node), locale, translation) };
    }
    const key = entry.key ?? 'text';
    const current = node[key] ?? entry.original;
    return { ...node, [key]: withTranslation(current, locale, translation) };
  }) as Json;
}
