// One walk over a SurveyJS definition as written (not as survey-core repairs it), so the checks
// can name each element exactly as the designer wrote it, legacy shapes included.

export type Json = Record<string, unknown>;

export interface WalkedElement {
  json: Json;
  /** Lower-cased `type`, or undefined when it is missing or not a string. */
  type: string | undefined;
  name: string | undefined;
  /** Where it sits, for messages: "page 2, element 3". */
  where: string;
  /** Questions in a dynamic panel's template answer inside the panel, not at the root. */
  scope: string;
  /** 0 at the root of a page; nested panels add one. */
  depth: number;
}

export interface WalkedPage {
  json: Json;
  where: string;
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const ROOT_SCOPE = '';

/** Pages (legacy top-level `questions` and `elements` count as one page) and every element. */
export function walkDefinition(definition: Json): {
  pages: WalkedPage[];
  elements: WalkedElement[];
} {
  const pages: WalkedPage[] = [];
  const elements: WalkedElement[] = [];
  const visit = (list: unknown, where: string, scope: string, depth: number) => {
    asArray(list).forEach((item, index) => {
      const here = `${where}, element ${index + 1}`;
      if (!isRecord(item)) {
        elements.push({ json: {}, type: undefined, name: undefined, where: here, scope, depth });
        return;
      }
      const type = typeof item.type === 'string' ? item.type.toLowerCase() : undefined;
      const name = typeof item.name === 'string' && item.name.trim() ? item.name : undefined;
      elements.push({ json: item, type, name, where: here, scope, depth });
      visit(item.elements, here, scope, depth + 1);
      visit(item.questions, here, scope, depth + 1);
      if (type === 'paneldynamic') {
        visit(item.templateElements, here, `${scope}${name ?? here}/`, depth + 1);
      }
    });
  };
  for (const key of ['questions', 'elements'] as const) {
    if (Array.isArray(definition[key])) {
      pages.push({ json: definition, where: 'the survey' });
      visit(definition[key], 'the survey', ROOT_SCOPE, 0);
    }
  }
  asArray(definition.pages).forEach((page, index) => {
    const where = `page ${index + 1}`;
    if (!isRecord(page)) return;
    pages.push({ json: page, where });
    visit(page.elements, where, ROOT_SCOPE, 0);
    visit(page.questions, where, ROOT_SCOPE, 0);
  });
  return { pages, elements };
}

/** The default-language text of a SurveyJS string: a plain string or { default, en, ... }. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    for (const key of ['default', 'en']) {
      if (typeof value[key] === 'string') return value[key] as string;
    }
    const first = Object.values(value).find((v) => typeof v === 'string');
    return typeof first === 'string' ? first : '';
  }
  return '';
}

/** Text of a choice, row or column item: a value alone, or { value, text }. */
export function itemText(item: unknown): string {
  if (isRecord(item)) return textOf(item.text) || String(item.value ?? '');
  return item === null || item === undefined ? '' : String(item);
}

export { asArray, isRecord };
