// The wording a translator sees side by side: the title and buttons, page titles and descriptions,
// question wording (see entry-parts.ts), choices, and matrix rows and columns, each with where it
// sits in the definition.
import { childrenKey, isRecord, type Json, list } from '../editor/survey-json.ts';
import {
  CHOICE_PARTS,
  COMMON_PARTS,
  ITEM_LISTS,
  OWN_TEXT,
  type Part,
  QUESTION_PARTS,
  SURVEY_PARTS,
} from './entry-parts.ts';
import { defaultText, translationOf, withTranslation } from './localizable.ts';

type Path = (string | number)[];

export interface Entry {
  /** Stable key for React and for labels: the path joined. */
  id: string;
  /** Where the wording lives: the path to its node and the property, or null for a bare choice. */
  path: Path;
  key: string | null;
  /** What it is, in plain words, e.g. "Question title" or "Choice". */
  part: string;
  /** The group it is shown under: a page or a question. */
  group: string;
  original: string;
}

function items(node: Json, path: Path, group: string, out: Entry[]) {
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

/** Adds the parts a node shows, each under the key the definition already uses for it. */
function addParts(node: Json, path: Path, group: string, parts: Part[], out: Entry[]) {
  for (const { key, alias, part, fallback, when } of parts) {
    if (when && !when(node)) continue;
    const used = alias && node[alias] !== undefined && node[key] === undefined ? alias : key;
    const original = defaultText(node[used]) || fallback;
    if (original)
      out.push({ id: [...path, used].join('.'), path, key: used, part, group, original });
  }
}

function element(node: Json, path: Path, out: Entry[]) {
  const name = typeof node.name === 'string' ? node.name : '';
  const type = typeof node.type === 'string' ? node.type : '';
  const own = OWN_TEXT[type];
  const group =
    type === 'panel' ? `Section "${name}"` : own ? `Text block "${name}"` : `Question "${name}"`;
  // A question without a title shows its name, so that is the wording to translate.
  const heading: Part[] = own
    ? [own]
    : type === 'panel'
      ? [
          { key: 'title', part: 'Section title' },
          { key: 'description', part: 'Section description' },
        ]
      : [
          { key: 'title', part: 'Question title', fallback: name },
          { key: 'description', part: 'Description' },
        ];
  const parts = [...heading, ...(QUESTION_PARTS[type] ?? []), ...CHOICE_PARTS, ...COMMON_PARTS];
  addParts(node, path, group, parts, out);
  items(node, path, group, out);
  for (const key of [childrenKey(node) ?? 'elements', 'templateElements']) {
    list(node, key).forEach((child, index) => {
      if (isRecord(child)) element(child, [...path, key, index], out);
    });
  }
}

const PAGE_PARTS: Part[] = [
  { key: 'title', part: 'Page title' },
  { key: 'description', part: 'Page description' },
];

/**
 * Everything translatable, in the order parents meet it: the title (the survey's own, given as
 * title, kept in the definition's "title" per language), the buttons, then page by page.
 */
export function entriesOf(json: Json, title = ''): Entry[] {
  const out: Entry[] = [];
  const group = 'The whole questionnaire';
  if (title.trim()) {
    out.push({ id: 'title', path: [], key: 'title', part: 'Title', group, original: title });
  }
  addParts(json, [], group, SURVEY_PARTS, out);
  list(json, 'pages').forEach((page, p) => {
    if (!isRecord(page)) return;
    const path = ['pages', p];
    addParts(page, path, `Page ${p + 1}`, PAGE_PARTS, out);
    const key = childrenKey(page) ?? 'elements';
    list(page, key).forEach((child, index) => {
      if (isRecord(child)) element(child, [...path, key, index], out);
    });
  });
  const top = childrenKey(json) ?? 'elements';
  list(json, top).forEach((child, index) => {
    if (isRecord(child)) element(child, [top, index], out);
  });
  return out;
}

function nodeAt(json: Json, path: Path): unknown {
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

function replaceAt(node: unknown, path: Path, change: (n: unknown) => unknown): unknown {
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
    // Clearing wording the definition never had (a title or "Yes" survey-core supplies) adds none.
    if (translation === '' && node[key] === undefined) return node;
    const current = node[key] ?? entry.original;
    return { ...node, [key]: withTranslation(current, locale, translation) };
  }) as Json;
}
