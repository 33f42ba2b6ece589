// Pure edits of a SurveyJS definition, the form editor's model. Each returns a new object, so
// React sees the change and the JSON view, the preview and "unsaved changes" follow.
export type Json = Record<string, unknown>;
export type Element = Json & { name: string; type: string };

export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property's wording; for wording translated into other languages, its default wording. */
export const text = (node: Json, key: string): string => {
  const value = node[key];
  if (typeof value === 'string') return value;
  return isRecord(value) && typeof value.default === 'string' ? value.default : '';
};

export const list = (node: Json, key: string): unknown[] =>
  Array.isArray(node[key]) ? (node[key] as unknown[]) : [];

function asElement(value: unknown): Element | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  return { ...value, type: value.type, name: typeof value.name === 'string' ? value.name : '' };
}

export interface Page {
  node: Json;
  elements: Element[];
}

/**
 * The children of a survey, page or panel. SurveyJS reads `elements` or the older `questions`,
 * and when both are written the later one wins, so the same is done here.
 */
export function childrenOf(node: Json): unknown[] {
  const key = childrenKey(node);
  return key ? (node[key] as unknown[]) : [];
}

/** Which of `elements` or `questions` holds a node's children (the last written), if any. */
export function childrenKey(node: Json): 'elements' | 'questions' | undefined {
  let found: 'elements' | 'questions' | undefined;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'elements' || key === 'questions') && Array.isArray(value)) found = key;
  }
  return found;
}

/** Which of `pages`, `elements` or `questions` holds a survey's questions (the last written). */
function topLevelKey(json: Json): 'pages' | 'elements' | 'questions' | undefined {
  let found: 'pages' | 'elements' | 'questions' | undefined;
  for (const [key, value] of Object.entries(json)) {
    if ((key === 'pages' || key === 'elements' || key === 'questions') && Array.isArray(value))
      found = key;
  }
  return found;
}

/** The pages, treating a definition with top-level elements (or questions) as one page. */
export function pagesOf(json: Json): Page[] {
  const key = topLevelKey(json);
  if (key === 'elements' || key === 'questions') {
    return [{ node: { name: 'page1' }, elements: childrenOf(json).flatMap(toElements) }];
  }
  return list(json, 'pages')
    .filter(isRecord)
    .map((node) => ({ node, elements: childrenOf(node).flatMap(toElements) }));
}
const toElements = (value: unknown) => {
  const element = asElement(value);
  return element ? [element] : [];
};

/** A text block may have no name (survey-core makes one up); reading it gave it "". */
const withoutBlankName = (element: Element): Json => {
  if (element.name !== '') return element;
  const { name: _blank, ...rest } = element;
  return rest;
};

/** Writes pages back, always as `pages` of `elements`: the same survey to survey-core. */
function withPages(json: Json, pages: Page[]): Json {
  const { elements: _e, questions: _q, ...rest } = json;
  return {
    ...rest,
    pages: pages.map((p) => {
      const { elements: _pe, questions: _pq, ...node } = p.node;
      return { ...node, elements: p.elements.map(withoutBlankName) };
    }),
  };
}

/** Every question name at any depth (panels included), for uniqueness. */
export function allNames(json: Json): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!isRecord(node)) return;
    if (typeof node.type === 'string' && typeof node.name === 'string') names.add(node.name);
    visit(node.pages);
    visit(childrenOf(node));
    visit(node.templateElements);
  };
  visit(json);
  return names;
}

/** Questions in order of appearance, at any depth, with their page number. */
export function questionsInOrder(json: Json): { element: Element; page: number }[] {
  const found: { element: Element; page: number }[] = [];
  const visit = (node: unknown, page: number) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, page);
      return;
    }
    const element = asElement(node);
    if (!element) return;
    if (element.type === 'panel') return visit(childrenOf(element), page);
    if (element.type !== 'html' && element.type !== 'image') found.push({ element, page });
  };
  pagesOf(json).forEach((p, index) => {
    visit(p.elements, index);
  });
  return found;
}

/** A snake_case name from wording: "How old is your child?" → "how_old_is_your_child". */
export function toName(wording: string, fallback = 'question'): string {
  const words = wording
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let name = '';
  for (const word of words) {
    const next = name ? `${name}_${word}` : word;
    if (next.length > 40) break;
    name = next;
  }
  if (!name) name = words[0]?.slice(0, 40) ?? '';
  if (!name) return fallback;
  return /^[0-9]/.test(name) ? `${fallback}_${name}` : name;
}

export function uniqueName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** A copy of the list with the item at `from` moved to `to`. */
export const move = <T>(items: T[], from: number, to: number): T[] => {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
};

export function addPage(json: Json): Json {
  const pages = pagesOf(json);
  const taken = new Set(pages.map((p) => text(p.node, 'name')));
  const name = uniqueName(`page${pages.length + 1}`, taken);
  return withPages(json, [...pages, { node: { name, title: 'New page' }, elements: [] }]);
}

export function updatePage(json: Json, index: number, patch: Json): Json {
  const pages = pagesOf(json).map((p, i) =>
    i === index ? { ...p, node: applyPatch(p.node, patch) } : p,
  );
  return withPages(json, pages);
}

export function movePage(json: Json, index: number, delta: number): Json {
  const pages = pagesOf(json);
  const to = index + delta;
  if (to < 0 || to >= pages.length) return json;
  return withPages(json, move(pages, index, to));
}

export function deletePage(json: Json, index: number): Json {
  return withPages(
    json,
    pagesOf(json).filter((_, i) => i !== index),
  );
}

export function duplicatePage(json: Json, index: number): Json {
  const pages = pagesOf(json);
  const source = pages[index];
  if (!source) return json;
  const taken = allNames(json);
  const pageNames = new Set(pages.map((p) => text(p.node, 'name')));
  const elements = source.elements.map((e) => copyElement(e, taken));
  const node = {
    ...source.node,
    name: uniqueName(`${text(source.node, 'name') || 'page'}_copy`, pageNames),
    title: text(source.node, 'title') ? `${text(source.node, 'title')} (copy)` : undefined,
  };
  return withPages(json, move([...pages, { node, elements }], pages.length, index + 1));
}

/** A deep copy with fresh names for the element and anything inside it. */
function copyElement(element: Element, taken: Set<string>): Element {
  const copy = structuredClone(element);
  const rename = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(rename);
    if (!isRecord(node) || typeof node.type !== 'string') return;
    const name = uniqueName(
      `${typeof node.name === 'string' ? node.name : 'question'}_copy`,
      taken,
    );
    taken.add(name);
    node.name = name;
    rename(childrenOf(node));
  };
  rename(copy);
  return copy;
}

export function applyPatch(node: Json, patch: Json): Json {
  const next = { ...node };
  for (const [key, value] of Object.entries(patch)) {
    const old = next[key];
    if (value === undefined) delete next[key];
    // New default wording keeps the translations made in the Languages tab.
    else if (typeof value === 'string' && isRecord(old) && typeof old.default === 'string')
      next[key] = { ...old, default: value };
    else next[key] = value;
  }
  return next;
}

export interface Position {
  page: number;
  index: number;
}

export function addQuestion(json: Json, page: number, question: Element): Json {
  const pages = pagesOf(json);
  if (pages.length === 0) return addQuestion(addPage(json), 0, question);
  return withPages(
    json,
    pages.map((p, i) => (i === page ? { ...p, elements: [...p.elements, question] } : p)),
  );
}

export function updateQuestion(json: Json, at: Position, patch: Json): Json {
  const pages = pagesOf(json).map((p, i) =>
    i === at.page
      ? {
          ...p,
          elements: p.elements.map((e, j) =>
            j === at.index ? (applyPatch(e, patch) as Element) : e,
          ),
        }
      : p,
  );
  return withPages(json, pages);
}

/** Moves a question one place; past the top or bottom of a page it moves to the next page. */
export function moveQuestion(json: Json, at: Position, delta: -1 | 1): Json {
  const pages = pagesOf(json).map((p) => ({ ...p, elements: [...p.elements] }));
  const page = pages[at.page];
  const element = page?.elements[at.index];
  if (!page || !element) return json;
  const to = at.index + delta;
  if (to >= 0 && to < page.elements.length) {
    pages[at.page] = { ...page, elements: move(page.elements, at.index, to) };
    return withPages(json, pages);
  }
  const target = pages[at.page + delta];
  if (!target) return json;
  page.elements.splice(at.index, 1);
  if (delta < 0) target.elements.push(element);
  else target.elements.unshift(element);
  return withPages(json, pages);
}

export function duplicateQuestion(json: Json, at: Position): Json {
  const pages = pagesOf(json).map((p) => ({ ...p, elements: [...p.elements] }));
  const element = pages[at.page]?.elements[at.index];
  if (!element) return json;
  const copy = copyElement(element, allNames(json));
  if (typeof copy.title === 'string') copy.title = `${copy.title} (copy)`;
  pages[at.page]?.elements.splice(at.index + 1, 0, copy);
  return withPages(json, pages);
}

export function deleteQuestion(json: Json, at: Position): Json {
  const pages = pagesOf(json).map((p, i) =>
    i === at.page ? { ...p, elements: p.elements.filter((_, j) => j !== at.index) } : p,
  );
  return withPages(json, pages);
}

/** Where the question with this name is shown: its own card, or the card of the panel it is in. */
export function locate(json: Json, name: string): Position | undefined {
  const pages = pagesOf(json);
  for (const [page, p] of pages.entries()) {
    const index = p.elements.findIndex((e) => e.name === name || allNames(e).has(name));
    if (index >= 0) return { page, index };
  }
  return undefined;
}
