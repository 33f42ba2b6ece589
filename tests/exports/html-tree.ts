// Reads the HTML report the way a browser would (parse5 implements the HTML standard's parser), so
// tests check the tree a browser builds, not the text the exporter wrote.
import { type DefaultTreeAdapterTypes, type ParserError, parse } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

export interface ParsedPage {
  document: DefaultTreeAdapterTypes.Document;
  errors: ParserError[];
}

export function parsePage(html: string): ParsedPage {
  const errors: ParserError[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(error) });
  return { document, errors };
}

const children = (node: Node): Node[] => {
  const own = 'childNodes' in node ? node.childNodes : [];
  // A <template>'s content is a separate fragment; the report has none, but never skip one.
  return 'content' in node ? [...own, node.content] : own;
};

/** Every element under `root`, in document order. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) found.push(node);
    for (const child of children(node)) visit(child);
  };
  visit(root);
  return found;
}

export const byTag = (root: Node, tag: string) => elements(root).filter((e) => e.tagName === tag);

/** The first `tag` under `root`; fails the test when there is none. */
export function first(root: Node, tag: string): Element {
  const found = byTag(root, tag)[0];
  if (!found) throw new Error(`no <${tag}> found`);
  return found;
}

export const attr = (element: Element, name: string) =>
  element.attrs.find((a) => a.name === name)?.value;

/** The text a node holds, as the DOM's textContent would give it. */
export function text(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return children(node).map(text).join('');
}
